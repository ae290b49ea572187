using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResumeLens.Web.Data;

/// <summary>
/// Prepares every SQLite connection for several writers in one process: write-ahead logging so readers
/// never block the writer, and SQLite's own busy handler so a writer waits for the lock instead of
/// failing with "database is locked" (the client library's retry does not cover every statement).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
