using Npgsql;

namespace NetworkingPlatform.Gateway.Validation;

/// <summary>Recognises a PostgreSQL unique-key violation (23505), whichever Marten exception wraps it.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception) =>
        exception is JasperFx.DocumentAlreadyExistsException
        || FindPostgres(exception)?.SqlState == PostgresErrorCodes.UniqueViolation;

    private static PostgresException? FindPostgres(Exception? exception) => exception switch
    {
        null => null,
        PostgresException postgres => postgres,
        _ => FindPostgres(exception.InnerException),
    };
}
