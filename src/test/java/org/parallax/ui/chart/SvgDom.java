package org.parallax.ui.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A chart's markup parsed as XML (which also proves it well-formed), queried with XPath. */
final class SvgDom {

    final Document document;

    private SvgDom(Document document) {
        this.document = document;
    }

    static SvgDom parse(SvgMarkup markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDom(factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup.markup()))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + markup.markup(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected one match of " + xpath + ", found " + found.size());
        }
        return found.getFirst();
    }

    List<String> texts(String xpath) {
        return all(xpath).stream().map(Element::getTextContent).toList();
    }

    static double num(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
