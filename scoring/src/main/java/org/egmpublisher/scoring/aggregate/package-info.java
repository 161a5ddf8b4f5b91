/** Simple means of country values by region, sub-region, income group and special group. */
package org.egmpublisher.scoring.aggregate;
