package org.egmpublisher.site.data;

import java.util.ArrayList;
import java.util.List;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.aggregate.Aggregate;

/**
 * What each download holds: the columns, with their descriptions, and the rows, built from the
 * same scores the site's tables show. Numbers are at the edition's published precision, the EPI
 * at most 4 decimals, exactly as {@code egm score} prints them.
 */
final class DataTables {

    /** The most decimals the EPI is published with (as {@code egm score} prints it). */
    static final int EPI_MAX_DECIMALS = 4;

    private DataTables() {
    }

    /** Every country's results in one edition, in rank order. */
    static Table countries(EditionScores e) {
        int dp = e.decimals();
        int epiDp = Math.min(dp, EPI_MAX_DECIMALS);
        List<Field> fields = List.of(
                Field.text("iso3", "ISO 3166-1 alpha-3 code of the Member State."),
                Field.text("country", "The country's name as the Survey publishes it."),
                Field.text("region", "UN M49 region."),
                Field.text("sub_region", "UN M49 sub-region."),
                Field.text("income_group", "World Bank income group; empty when unclassified."),
                Field.bool("ldc", "Whether the country is a least developed country (LDC)."),
                Field.bool("lldc", "Whether the country is a landlocked developing country (LLDC)."),
                Field.bool("sids", "Whether the country is a small island developing State (SIDS)."),
                Field.integer("edition", "The Survey edition (year)."),
                Field.number("egdi", "E-Government Development Index, 0 to 1, at " + dp + " decimals as published."),
                Field.number("osi", "Online Service Index, 0 to 1, at " + dp + " decimals."),
                Field.number("tii", "Telecommunication Infrastructure Index, at " + dp + " decimals."),
                Field.number("hci", "Human Capital Index, at " + dp + " decimals."),
                Field.number("epi", "E-Participation Index, 0 to 1, at " + epiDp + " decimals."),
                Field.integer("rank", "EGDI rank in the edition (1 is highest; ties share a rank); empty when unranked."),
                Field.text("group", "EGDI group: Very High, High, Middle or Low."),
                Field.text("rating_class", "Rating class: the quartile within the EGDI group, VH, V3, V2, V1, HV, … L1."),
                Field.integer("rank_change", "Places gained since the previous edition (negative: places lost); "
                        + "empty when the country has no previous rank."));
        List<List<Cell>> rows = new ArrayList<>();
        for (CountryScore c : e.countries()) {
            var country = c.country();
            rows.add(List.of(Cell.text(c.iso3()), Cell.text(country.name()), Cell.text(country.region()),
                    Cell.text(country.subRegion()), Cell.text(country.incomeGroup()), Cell.flag(country.ldc()),
                    Cell.flag(country.lldc()), Cell.flag(country.sids()), Cell.whole(e.year()),
                    Cell.decimal(c.egdi(), dp), Cell.decimal(c.osi(), dp), Cell.decimal(c.tii(), dp),
                    Cell.decimal(c.hci(), dp), Cell.decimal(c.epi(), epiDp),
                    c.rank() > 0 ? Cell.whole(c.rank()) : Cell.missing(),
                    Cell.text(c.group().label()), Cell.text(c.ratingClass().name()),
                    c.hasPrevious() && c.rank() > 0 ? Cell.whole(c.rankChange()) : Cell.missing()));
        }
        return new Table("egdi-" + e.year(), "E-Government Survey " + e.year() + ": results by country", fields, rows,
                List.of("iso3"));
    }

    /** The means of the world, regions, sub-regions, income groups and LDC/LLDC/SIDS in one edition. */
    static Table aggregates(EditionScores e) {
        int dp = e.decimals();
        int epiDp = Math.min(dp, EPI_MAX_DECIMALS);
        List<Field> fields = List.of(
                Field.text("kind", "The grouping: world, region, sub_region, income_group or special (LDC, LLDC, SIDS)."),
                Field.text("name", "The group's name, e.g. Europe or LDC."),
                Field.integer("countries", "How many countries the mean is over."),
                Field.number("egdi", "Mean E-Government Development Index, at " + dp + " decimals."),
                Field.number("osi", "Mean Online Service Index, at " + dp + " decimals."),
                Field.number("tii", "Mean Telecommunication Infrastructure Index, at " + dp + " decimals."),
                Field.number("hci", "Mean Human Capital Index, at " + dp + " decimals."),
                Field.number("epi", "Mean E-Participation Index, at " + epiDp + " decimals."));
        List<List<Cell>> rows = new ArrayList<>();
        for (Aggregate.Kind kind : Aggregate.Kind.values()) {
            for (Aggregate a : e.aggregates(kind)) {
                rows.add(List.of(Cell.text(kind.code()), Cell.text(a.name()), Cell.whole(a.countries()),
                        Cell.decimal(a.egdi(), dp), Cell.decimal(a.osi(), dp), Cell.decimal(a.tii(), dp),
                        Cell.decimal(a.hci(), dp), Cell.decimal(a.epi(), epiDp)));
            }
        }
        return new Table("aggregates-" + e.year(), "E-Government Survey " + e.year() + ": means by group", fields, rows,
                List.of("kind", "name"));
    }

    /** The meeting's recommendations as written, each traceable to its session, group and question. */
    static Table recommendations(Meeting meeting) {
        List<Field> fields = List.of(
                Field.text("rec_id", "The recommendation's id."),
                Field.text("session_id", "The Expert Dialogue it came from."),
                Field.text("group_id", "The breakout group that made it; empty for a plenary recommendation."),
                Field.text("question_id", "The question it answers; empty when none."),
                Field.text("area", "The Survey area: Technology, Content, Services or Participation."),
                Field.text("index", "The index it concerns: EGDI, OSI, TII, HCI, EPI, LOSI or OGDI."),
                Field.text("text", "The recommendation."),
                Field.integer("support", "How many experts supported it."));
        List<List<Cell>> rows = new ArrayList<>();
        for (Recommendation r : meeting.recommendations()) {
            rows.add(List.of(Cell.text(r.id()), Cell.text(r.sessionId()), Cell.text(r.groupId()),
                    Cell.text(r.questionId()), Cell.text(r.area().label()), Cell.text(r.index().name()),
                    Cell.text(r.text()), Cell.whole(r.support())));
        }
        return new Table("recommendations", "Recommendations of the Expert Group Meeting", fields, rows,
                List.of("rec_id"));
    }
}
