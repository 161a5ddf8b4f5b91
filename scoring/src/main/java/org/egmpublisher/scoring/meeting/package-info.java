/**
 * Analysis of the meeting's outcomes: trends cited in the questionnaire, the opportunities and
 * challenges by time horizon, yes/no tallies, recommendations consolidated across groups, and the
 * balanced assignment of experts to breakout groups. Pure functions of the meeting model.
 */
package org.egmpublisher.scoring.meeting;
