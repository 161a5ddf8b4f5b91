package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineSvgTest {

    private static String rewrite(String svg) {
        return InlineSvg.rewrite(svg);
    }

    @Test
    void styleAttributesBecomePresentationAttributesWithHexColours() {
        assertEquals("<svg><rect fill=\"#ff8000\" stroke-width=\"2\" /></svg>",
                rewrite("<svg><rect style=\"fill: rgb(255,128,0); stroke-width:2.0\"/></svg>"));
    }

    @Test
    void propertiesSvgDoesNotAcceptAsAttributesAreDropped() {
        assertEquals("<svg><rect fill=\"red\" /></svg>", rewrite("<svg><rect style=\"fill:red;position:absolute\"/></svg>"));
    }

    @Test
    void anAttributeAlreadySetWinsOverTheStyle() {
        assertEquals("<svg><rect fill=\"blue\" /></svg>", rewrite("<svg><rect fill=\"blue\" style=\"fill:red\"/></svg>"));
    }

    @Test
    void theCommonFontFamilyMovesToTheRootAndFontSizesLoseTheirUnit() {
        assertEquals("<svg font-family=\"DejaVu Sans\"><text font-size=\"12\">a</text><text font-size=\"15\">b</text></svg>",
                rewrite("<svg><text style=\"font-family:DejaVu Sans;font-size:12px\">a</text>"
                        + "<text style=\"font-family:DejaVu Sans;font-size:15px\">b</text></svg>"));
    }

    @Test
    void emptyGroupsAreUnwrappedAndAGroupOfOneHandsItsPaintDown() {
        assertEquals("<svg><path d=\"M0,0\" fill=\"#000000\" /><text>t</text></svg>",
                rewrite("<svg><g style=\"fill:rgb(0,0,0)\"><path d=\"M0,0\"/></g><g><text>t</text></g></svg>"));
    }

    @Test
    void idsArePrefixedWithEveryReferenceToThem() {
        assertEquals("<svg id=\"svg-c\" aria-labelledby=\"svg-c-title svg-c-desc\"><title id=\"svg-c-title\">T</title>"
                        + "<desc id=\"svg-c-desc\">D</desc><clipPath id=\"svg-c-clip\" />"
                        + "<rect clip-path=\"url(#svg-c-clip)\" /></svg>",
                rewrite("<svg id=\"c\" aria-labelledby=\"c-title c-desc\"><title id=\"c-title\">T</title>"
                        + "<desc id=\"c-desc\">D</desc><clipPath id=\"c-clip\"/><rect style=\"clip-path:url(#c-clip)\"/></svg>"));
    }

    @Test
    void singleQuotedValuesComeOutDoubleQuotedAndTextKeepsItsEntities() {
        assertEquals("<svg><clipPath id=\"svg-k\"><path d=\"M0,0Z\" /></clipPath>"
                        + "<text x=\"1\" data-q=\"a&quot;b\">A &amp; B &lt; C</text></svg>",
                rewrite("<svg><clipPath id='k'><path d='M0,0Z'/></clipPath>"
                        + "<text x='1' data-q='a\"b'>A &amp; B &lt; C</text></svg>"));
    }

    @Test
    void nestedEmptyGroupsAllGiveWay() {
        assertEquals("<svg><rect x=\"1\" /><rect x=\"2\" /></svg>",
                rewrite("<svg><g><g><rect x=\"1\"/></g><g></g></g><g><rect x=\"2\"/></g></svg>"));
    }

    @Test
    void aGroupWithATransformKeepsItsChild() {
        assertEquals("<svg><g transform=\"translate(1,2)\"><rect fill=\"red\" /></g></svg>",
                rewrite("<svg><g transform=\"translate(1,2)\"><rect style=\"fill:red\"/></g></svg>"));
    }
}
