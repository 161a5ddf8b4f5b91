package org.egmpublisher.site.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Frictionless Data Package descriptor ({@code datapackage.json}) of the downloads: the
 * package's name, title, licences and sources, and one resource per file with its format, media
 * type, encoding, size, SHA-256 hash and Table Schema. CSV resources also state their dialect.
 */
final class DataPackage {

    /** A file of the package and the table it holds. */
    record Resource(String file, String format, Table table, byte[] content) {
    }

    private final List<Resource> resources = new ArrayList<>();

    void add(String file, String format, Table table, byte[] content) {
        resources.add(new Resource(file, format, table, content));
    }

    byte[] descriptor(String name, String title) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "data-package");
        root.put("name", name);
        root.put("title", title);
        root.put("description", "The data behind the website: the E-Government Survey results of every edition, "
                + "the latest edition's means by group, and the meeting's recommendations. Values are as published, "
                + "at each edition's precision.");
        root.put("licenses", List.of(
                object("title", "Survey results: © United Nations (UN DESA), no open licence stated; cite the publisher",
                        "path", "https://publicadministration.un.org/egovkb/en-us/Data-Center"),
                object("name", "CC-BY-4.0", "title", "World Bank income groups: Creative Commons Attribution 4.0",
                        "path", "https://creativecommons.org/licenses/by/4.0/")));
        root.put("sources", List.of(
                object("title", "UN DESA E-Government Knowledgebase Data Center",
                        "path", "https://publicadministration.un.org/egovkb/en-us/Data-Center"),
                object("title", "UNSD M49: Standard country or area codes for statistical use",
                        "path", "https://unstats.un.org/unsd/methodology/m49/"),
                object("title", "World Bank country and lending groups",
                        "path", "https://datahelpdesk.worldbank.org/knowledgebase/articles/906519")));
        List<Object> list = new ArrayList<>();
        for (Resource r : resources) {
            list.add(resource(r));
        }
        root.put("resources", list);
        return Json.pretty(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.table().name() + "-" + r.format());
        m.put("path", r.file());
        if (r.format().equals("csv")) {
            m.put("profile", "tabular-data-resource");
        }
        m.put("title", r.table().title());
        m.put("format", r.format());
        m.put("mediatype", mediatype(r.format()));
        m.put("encoding", "utf-8");
        m.put("bytes", (long) r.content().length);
        m.put("hash", "sha256:" + sha256(r.content()));
        if (r.format().equals("csv")) {
            m.put("dialect", object("delimiter", ",", "lineTerminator", CsvFile.LINE_TERMINATOR, "quoteChar", "\"",
                    "doubleQuote", true, "header", true));
        }
        List<Object> fields = new ArrayList<>();
        for (Field f : r.table().fields()) {
            fields.add(object("name", f.name(), "type", f.type().code(), "description", f.description()));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", r.table().primaryKey());
        schema.put("missingValues", List.of(""));
        m.put("schema", schema);
        return m;
    }

    static String mediatype(String format) {
        return switch (format) {
            case "csv" -> "text/csv";
            case "json" -> "application/json";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; known: csv, json, xlsx");
        };
    }

    /** A package name: lower-case letters, digits, '-', from a title such as {@code EGM 2021}. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "egm-publication" : s;
    }

    private static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
