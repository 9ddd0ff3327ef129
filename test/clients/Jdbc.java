// attune through the real JDBC driver (Debian's libpostgresql-jdbc-java), as
// a BI tool or DBeaver uses it: reads of every attune type as strings, text[]
// as an array, filters and writes with setString (sent as varchar: the
// default stringtype), an updatable result set, and a label as a function
// argument (which needs stringtype=unspecified, as docs/bi-tools.md says).
// Run with the source launcher: java -cp postgresql.jar Jdbc.java URL USER PASSWORD
// Prints "ok - ..." or "not ok - ..." per check, then "N passed, N failed".
import java.sql.*;
import java.util.*;

public class Jdbc {
    static int passed = 0, failed = 0;

    static void check(boolean ok, String what) {
        System.out.println((ok ? "ok - " : "not ok - ") + what);
        if (ok) passed++; else failed++;
    }

    static List<String> column(PreparedStatement st) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", args[1]);
        props.setProperty("password", args[2]);
        try (Connection c = DriverManager.getConnection(args[0], props)) {
            reads(c);
            filters(c);
            writes(c);
            updatableResultSet(c);
        }
        Properties unspecified = (Properties) props.clone();
        unspecified.setProperty("stringtype", "unspecified");
        try (Connection c = DriverManager.getConnection(args[0], props);
             Connection u = DriverManager.getConnection(args[0], unspecified)) {
            functionArguments(c, u);
        }
        System.out.println(passed + " passed, " + failed + " failed");
    }

    static void reads(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                 "SELECT stage, summary, health_report(summary, '2026-07-01', vendor_view => stage)::text, " +
                 "risk_flags(summary, '2026-07-01'), summary::text FROM clients WHERE id = 1")) {
            rs.next();
            check("deep_interdependent".equals(rs.getString(1)), "a label reads as its canonical text");
            check(rs.getString(2).equals(rs.getString(5)), "a contact_summary reads as its text form");
            String report = rs.getString(3);
            check(report.length() > 255 && report.endsWith("}"), "health_report reads whole (" + report.length() + " characters)");
            Array flags = rs.getArray(4);
            String[] values = (String[]) flags.getArray();
            check(values.length >= 1 && Arrays.asList(values).contains("silent"),
                  "risk_flags reads as a String[] array " + Arrays.toString(values));
        }
    }

    static void filters(Connection c) throws SQLException {
        try (PreparedStatement eq = c.prepareStatement("SELECT id::text FROM clients WHERE stage = ? ORDER BY id");
             PreparedStatement like = c.prepareStatement("SELECT id::text FROM clients WHERE stage LIKE ? ORDER BY id");
             PreparedStatement ilike = c.prepareStatement("SELECT id::text FROM clients WHERE stage ILIKE ? ORDER BY id");
             PreparedStatement lower = c.prepareStatement("SELECT id::text FROM clients WHERE lower(stage) = ? ORDER BY id");
             PreparedStatement order = c.prepareStatement("SELECT stage FROM clients ORDER BY stage")) {
            eq.setString(1, "Deep Interdependent");
            check(column(eq).equals(List.of("1")), "WHERE label = setString(...) matches as the label's input reads it");
            like.setString(1, "%depend%");
            check(column(like).equals(List.of("1", "2", "3")), "WHERE label LIKE setString(...)");
            like.setString(1, "dep%");
            check(column(like).equals(List.of("2")), "WHERE label LIKE setString(...), anchored");
            ilike.setString(1, "%DEEP%");
            check(column(ilike).equals(List.of("1")), "WHERE label ILIKE setString(...)");
            lower.setString(1, "independent");
            check(column(lower).equals(List.of("3")), "WHERE lower(label) = setString(...)");
            check(column(order).equals(List.of("independent", "dependent", "deep_interdependent")),
                  "ORDER BY a label sorts by stage, not alphabetically");
        }
    }

    static void writes(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO clients (id, stage) VALUES (?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE clients SET stage = ? WHERE id = ?");
             PreparedStatement read = c.prepareStatement("SELECT stage FROM clients WHERE id = 10")) {
            insert.setInt(1, 10);
            insert.setString(2, "Interdependent");
            check(insert.executeUpdate() == 1 && column(read).equals(List.of("interdependent")),
                  "INSERT with setString into a label column");
            update.setString(1, "deep-dependent");
            update.setInt(2, 10);
            check(update.executeUpdate() == 1 && column(read).equals(List.of("deep_dependent")),
                  "UPDATE with setString of a label column");
            insert.setInt(1, 11);
            insert.setString(2, "partner");
            try {
                insert.executeUpdate();
                check(false, "a value naming no label is refused");
            } catch (SQLException e) {
                check("22P02".equals(e.getSQLState()), "a value naming no label is refused (" + e.getSQLState() + ")");
            }
        }
    }

    static void updatableResultSet(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE);
             ResultSet rs = st.executeQuery("SELECT id, stage FROM clients WHERE id = 10")) {
            rs.next();
            rs.updateString("stage", "independent");
            rs.updateRow();
        }
        c.commit();
        c.setAutoCommit(true);
        try (PreparedStatement read = c.prepareStatement("SELECT stage FROM clients WHERE id = 10")) {
            check(column(read).equals(List.of("independent")), "an updatable result set writes a label (a grid edit)");
        }
    }

    static void functionArguments(Connection c, Connection unspecified) throws SQLException {
        String sql = "SELECT jbp_uplift(100, ?, 80, 5)::text";
        try (PreparedStatement st = unspecified.prepareStatement(sql)) {
            st.setString(1, "co_developed");
            List<String> value = column(st);
            check(value.size() == 1 && Double.parseDouble(value.get(0)) > 100,
                  "a label as a function argument with stringtype=unspecified");
        }
        try (PreparedStatement st = c.prepareStatement("SELECT jbp_uplift(100, ?::jbp_mode, 80, 5)::text")) {
            st.setString(1, "co_developed");
            check(column(st).size() == 1, "a label as a function argument with the default stringtype and a cast");
        }
    }
}
