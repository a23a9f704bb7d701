package io.github.cloudsync.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The entity, complex and enum types of a trimmed Graph CSDL file, read with the JDK's XML parser. */
final class CsdlModel {
    /**
     * One property.
     *
     * @param type the EDM type, e.g. {@code Edm.String}, {@code graph.synchronizationStatus}, {@code Collection(...)}
     * @param nullable false when the CSDL says {@code Nullable="false"}
     */
    record Property(String type, boolean nullable) {}

    /**
     * A structured type.
     *
     * @param baseType the base type's name without namespace, or null
     * @param properties the structural and contained navigation properties by name
     */
    record StructuredType(String baseType, Map<String, Property> properties) {}

    /**
     * An enum type.
     *
     * @param flags whether {@code IsFlags="true"}
     * @param members the member names
     */
    record EnumType(boolean flags, Set<String> members) {}

    final Map<String, StructuredType> structured = new HashMap<>();
    final Map<String, EnumType> enums = new HashMap<>();

    static CsdlModel read(String resource) {
        try (InputStream in = CsdlModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no CSDL resource " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            CsdlModel model = new CsdlModel();
            model.collect(root);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("unreadable CSDL " + resource, e);
        }
    }

    private void collect(Element root) {
        for (String kind : new String[] {"EntityType", "ComplexType"}) {
            NodeList types = root.getElementsByTagNameNS("*", kind);
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                Map<String, Property> properties = new LinkedHashMap<>();
                for (Element child : children(type)) {
                    if (child.getLocalName().equals("Property")
                            || child.getLocalName().equals("NavigationProperty")) {
                        properties.put(
                                child.getAttribute("Name"),
                                new Property(
                                        child.getAttribute("Type"),
                                        !child.getAttribute("Nullable").equals("false")));
                    }
                }
                String base = type.getAttribute("BaseType");
                structured.put(
                        type.getAttribute("Name"), new StructuredType(base.isEmpty() ? null : local(base), properties));
            }
        }
        NodeList enumTypes = root.getElementsByTagNameNS("*", "EnumType");
        for (int i = 0; i < enumTypes.getLength(); i++) {
            Element type = (Element) enumTypes.item(i);
            Set<String> members = new LinkedHashSet<>();
            children(type).forEach(member -> members.add(member.getAttribute("Name")));
            enums.put(
                    type.getAttribute("Name"),
                    new EnumType(type.getAttribute("IsFlags").equals("true"), members));
        }
    }

    /** The property {@code name} of {@code type} or of one of its base types, or null. */
    Property property(String type, String name) {
        for (StructuredType t = structured.get(type);
                t != null;
                t = t.baseType() == null ? null : structured.get(t.baseType())) {
            Property property = t.properties().get(name);
            if (property != null) {
                return property;
            }
        }
        return null;
    }

    /** {@code graph.x} or {@code microsoft.graph.x} to {@code x}. */
    static String local(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static java.util.List<Element> children(Element parent) {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
