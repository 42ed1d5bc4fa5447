package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.IndexColumn;
import dev.keel.core.model.db.ReferentialAction;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import dev.keel.core.model.db.UniqueKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A MySQL dump: backticks, AUTO_INCREMENT, ENUM, table options, KEY clauses, # comments. */
class MySqlSchemaTest {

    private static final Path DDL = Path.of("src/test/resources/ddl/mysql-shop.sql");

    private static DatabaseSchema schema;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void read() {
        diagnostics = new Diagnostics();
        schema = new DdlReader().read(List.of(DDL), diagnostics);
    }

    @Test
    void detectsMySqlAndReadsWithoutDiagnostics() {
        assertThat(diagnostics.all()).isEmpty();
        assertThat(schema.dialect()).isEqualTo(SqlDialect.MYSQL);
        assertThat(schema.tables()).extracting(Table::name).containsExactly("customers", "orders");
        assertThat(customers().line()).isEqualTo(6);
        assertThat(orders().line()).isEqualTo(18);
    }

    @Test
    void autoIncrementIsAnIdentity() {
        Column id = customers().column("id").orElseThrow();
        assertThat(id.kind()).isEqualTo(ColumnKind.BIGINT);
        assertThat(id.identity()).isTrue();
        assertThat(id.hasDefault()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(orders().column("id").orElseThrow().kind()).isEqualTo(ColumnKind.INTEGER);
        assertThat(orders().primaryKey()).containsExactly("id");
    }

    @Test
    void sizedAndNumericTypesKeepTheirLengthPrecisionAndScale() {
        Column email = customers().column("email").orElseThrow();
        assertThat(email.kind()).isEqualTo(ColumnKind.VARCHAR);
        assertThat(email.length()).contains(255);
        assertThat(email.sqlType()).isEqualTo("varchar(255)");
        Column balance = customers().column("balance").orElseThrow();
        assertThat(balance.kind()).isEqualTo(ColumnKind.NUMERIC);
        assertThat(balance.precision()).contains(10);
        assertThat(balance.scale()).contains(2);
        assertThat(balance.defaultExpression()).contains("0.00");
        Column reference = orders().column("reference").orElseThrow();
        assertThat(reference.kind()).isEqualTo(ColumnKind.CHAR);
        assertThat(reference.length()).contains(12);
        assertThat(customers().column("note").orElseThrow().kind()).isEqualTo(ColumnKind.TEXT);
        assertThat(customers().column("created_at").orElseThrow().kind()).isEqualTo(ColumnKind.TIMESTAMP);
        assertThat(orders().column("placed_at").orElseThrow().nullable()).isTrue();
    }

    @Test
    void enumColumnAllowsItsValues() {
        Column status = customers().column("status").orElseThrow();
        assertThat(status.kind()).isEqualTo(ColumnKind.ENUM);
        assertThat(status.allowedValues()).containsExactly("new", "active", "blocked");
        assertThat(status.sqlType()).isEqualTo("enum('new', 'active', 'blocked')");
        assertThat(status.defaultExpression()).contains("'new'");
    }

    @Test
    void keysIndexesAndForeignKeys() {
        assertThat(customers().uniqueKeys()).containsExactly(new UniqueKey("uk_customers_email", List.of("email")));
        assertThat(customers().indexes()).containsExactly(new Index("idx_customers_status",
                List.of(new IndexColumn("status", false)), false, Optional.empty()));
        assertThat(orders().uniqueKeys()).containsExactly(new UniqueKey("reference", List.of("reference")));
        assertThat(orders().indexes()).containsExactly(new Index("idx_orders_placed_at",
                List.of(new IndexColumn("placed_at", true)), false, Optional.empty()));
        assertThat(orders().foreignKeys()).containsExactly(new ForeignKey("orders_ibfk_1", List.of("customer_id"),
                "", "customers", List.of("id"), ReferentialAction.SET_NULL));
    }

    private static Table customers() {
        return schema.table("customers").orElseThrow();
    }

    private static Table orders() {
        return schema.table("orders").orElseThrow();
    }
}
