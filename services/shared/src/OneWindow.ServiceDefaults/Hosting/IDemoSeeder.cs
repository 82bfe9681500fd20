namespace OneWindow.ServiceDefaults;

/// <summary>Seeds a service's part of the demo district; idempotent (running it twice changes nothing).</summary>
public interface IDemoSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
