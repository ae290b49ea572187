using System.Data.Common;

namespace ResumeLens.Web.Tests.Data;

/// <summary>A provider's own description of a database schema, as sorted lines that can be compared.</summary>
internal static class SchemaSnapshot
{
    private const string HistoryTable = "__resumelens_migrations";

    public static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await ListAsync(connection,
            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{HistoryTable}'");
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var row in await RowsAsync(connection, $"PRAGMA table_info(\"{table}\")"))
                lines.Add($"column {table}.{row["name"]} type={row["type"]} notnull={row["notnull"]} default={row["dflt_value"]} pk={row["pk"]}");
            foreach (var row in await RowsAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = await RowsAsync(connection, $"PRAGMA index_info(\"{row["name"]}\")");
                var names = string.Join(",", columns.OrderBy(c => Convert.ToInt64(c["seqno"])).Select(c => c["name"]));
                lines.Add($"index {table}.{row["name"]} unique={row["unique"]} origin={row["origin"]} partial={row["partial"]} on=({names})");
            }
            foreach (var row in await RowsAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
                lines.Add($"fk {table}.{row["from"]} -> {row["table"]}.{row["to"]} delete={row["on_delete"]} update={row["on_update"]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var row in await RowsAsync(connection, $"""
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> '{HistoryTable}'
            """))
        {
            lines.Add($"column {row["table_name"]}.{row["column_name"]} type={row["data_type"]}({row["character_maximum_length"]},{row["numeric_precision"]},{row["numeric_scale"]}) nullable={row["is_nullable"]} default={row["column_default"]} identity={row["is_identity"]}/{row["identity_generation"]}");
        }
        foreach (var row in await RowsAsync(connection, $"""
            SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename <> '{HistoryTable}'
            """))
        {
            lines.Add($"index {row["tablename"]}.{row["indexname"]} {row["indexdef"]}");
        }
        foreach (var row in await RowsAsync(connection, $"""
            SELECT c.conrelid::regclass::text AS tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = current_schema() AND c.conrelid::regclass::text <> '{HistoryTable}'
            """))
        {
            lines.Add($"constraint {row["tbl"]}.{row["conname"]} {row["contype"]} {row["def"]}");
        }
        foreach (var row in await RowsAsync(connection, $"""
            SELECT sequence_name, data_type FROM information_schema.sequences WHERE sequence_schema = current_schema()
            """))
        {
            lines.Add($"sequence {row["sequence_name"]} {row["data_type"]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        var result = new List<string>();
        foreach (var row in await RowsAsync(connection, sql)) result.Add(Convert.ToString(row.Values.First(), System.Globalization.CultureInfo.InvariantCulture)!);
        return result;
    }

    private static async Task<List<Dictionary<string, object?>>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }
}
