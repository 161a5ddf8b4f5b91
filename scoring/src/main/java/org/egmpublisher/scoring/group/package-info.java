/** EGDI groups and the rating classes inside them. Nothing here returns null. */
package org.egmpublisher.scoring.group;
