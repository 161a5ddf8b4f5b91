/**
 * Methodology variants proposed at the meeting (weights over OSI, TII, HCI and EPI, arithmetic or
 * geometric mean), computed beside the official EGDI with every country's rank shift. Nothing
 * here returns null.
 */
package org.egmpublisher.scoring.scenario;
