/** Ranks by EGDI with each edition's tie rule. */
package org.egmpublisher.scoring.rank;
