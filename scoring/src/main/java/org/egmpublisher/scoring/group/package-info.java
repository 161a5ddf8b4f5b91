/** EGDI groups and the rating classes inside them. */
package org.egmpublisher.scoring.group;
