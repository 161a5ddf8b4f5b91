/** The {@code egm} command: thin picocli commands that run the pipeline and map failures to exit codes. */
package org.egmpublisher.cli;
