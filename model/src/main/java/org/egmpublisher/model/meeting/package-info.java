/**
 * The Expert Group Meeting: its sessions (Expert Dialogues), questions, pseudonymous experts,
 * their answers, breakout groups and what they produced, polls and recommendations.
 */
package org.egmpublisher.model.meeting;
