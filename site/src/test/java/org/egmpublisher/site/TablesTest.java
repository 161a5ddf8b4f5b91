package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void aTableWithoutCaptionTakesTheHeadingItStandsUnderItsHeadersGetScopesAndItScrollsInItsOwnBox() {
        assertEquals("<h2>Groups</h2><div class=\"table-wrap\"><table><caption>Groups</caption><thead><tr>"
                        + "<th scope=\"col\">G</th></tr></thead><tbody><tr><th scope=\"row\">x</th></tr></tbody></table></div>",
                Tables.complete("<h2>Groups</h2><table><thead><tr><th>G</th></tr></thead><tbody><tr><th>x</th></tr>"
                        + "</tbody></table>", "Page"));
    }

    @Test
    void aTableAlreadyInAScrollingBoxStaysThere() {
        assertEquals("<div class=\"table-wrap\"><table><caption>C</caption></table></div>",
                Tables.complete("<div class=\"table-wrap\"><table><caption>C</caption></table></div>", "Page"));
    }

    @Test
    void aTableBeforeAnyHeadingTakesThePageTitle() {
        assertEquals("<div class=\"table-wrap\"><table><caption>Page</caption><tbody><tr><td>x</td></tr></tbody></table>"
                        + "</div>",
                Tables.complete("<table><tbody><tr><td>x</td></tr></tbody></table>", "Page"));
    }
}
