/** The Survey side of a project: Member States, their groupings, and published results per edition. */
package org.egmpublisher.model.survey;
