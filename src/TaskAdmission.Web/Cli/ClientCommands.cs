using System.Globalization;
using TaskAdmission.Application.Clients;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Cli;

/// <summary>
/// <c>client add|rotate|disable|list</c>: the OAuth clients of department systems, as on the API keys admin page. A
/// secret is printed once, on the last line; every change is audited as the operator "cli".
/// </summary>
public static class ClientCommands
{
    public const string Usage = """
          client add --department <code> [--scopes <s1,s2>]   register the department system's OAuth client (default: all scopes); prints the secret on its last line
          client rotate --department <code>         a new secret (the old one and its tokens stop at once; enables a disabled client)
          client disable --department <code>        no more tokens, and the issued ones stop at once
          client list                               the clients, their scopes and state
        """;

    private static readonly Actor Operator = Actor.SystemAdministrator("cli");

    public static async Task<int> RunAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var action = args.Positional(0, "add|rotate|disable|list");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var clients = services.GetRequiredService<DepartmentClientService>();
        try
        {
            switch (action)
            {
                case "add":
                    var scopes = (args.Optional("scopes") ?? string.Join(',', ApiScopes.All)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var (client, secret) = await clients.AddAsync(args.Required("department"), scopes, Operator);
                    output.WriteLine($"client {client.ClientId} for {client.DepartmentCode}, scopes {string.Join(' ', client.Scopes)}; secret, shown once:");
                    output.WriteLine(secret);
                    return 0;
                case "rotate":
                    var department = args.Required("department");
                    var rotated = await clients.RotateAsync(department, Operator);
                    output.WriteLine($"client {DepartmentClientService.ClientIdOf(department)}: new secret, shown once (the old one no longer works):");
                    output.WriteLine(rotated);
                    return 0;
                case "disable":
                    var disabled = args.Required("department");
                    await clients.DisableAsync(disabled, Operator);
                    output.WriteLine($"client {DepartmentClientService.ClientIdOf(disabled)} disabled; its tokens no longer work");
                    return 0;
                case "list":
                    foreach (var c in await clients.ListAsync())
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{c.ClientId}\t{c.DepartmentCode}\t{string.Join(' ', c.Scopes)}\t{(c.IsActive ? "active" : "disabled")}\tsecret issued {c.SecretIssuedAtUtc:yyyy-MM-dd HH:mm} UTC"));
                    }
                    return 0;
                default:
                    throw new CliUsageException($"unknown client action '{action}' (add, rotate, disable or list)");
            }
        }
        catch (RefusalException refusal)
        {
            throw new InvalidOperationException($"nothing changed: {refusal.Kind} {string.Join(", ", refusal.Problems.Select(p => p.Code))}", refusal);
        }
    }
}
