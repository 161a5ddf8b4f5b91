/** Ranks by EGDI with each edition's tie rule and rank basis. Nothing here returns null. */
package org.egmpublisher.scoring.rank;
