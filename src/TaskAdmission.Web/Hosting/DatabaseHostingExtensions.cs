using Microsoft.Extensions.Options;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;

namespace TaskAdmission.Web.Hosting;

/// <summary>Database provider from configuration; migrations and demo data at start.</summary>
public static class DatabaseHostingExtensions
{
    public static void AddTaskAdmissionDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = builder.Configuration.GetConnectionString("Default");
        builder.Services.AddSingleton(Options.Create(options));
        // The Server-Timing option is Web's (it sends the header), but the database's share is measured by an interceptor
        // of Application's contexts: added only when the header is on.
        var serverTiming = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>()?.ServerTiming ?? false;
        builder.Services.AddTaskAdmissionApplication(options, builder.Environment.ContentRootPath, requestTiming: serverTiming);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>Migrates, seeds the demo in demo mode, and refuses Production with demo users present.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(demo.Enabled, app.Environment.IsProduction());
    }

    /// <summary>Prints where the console is and, in demo mode, how to sign in.</summary>
    public static void PrintWelcomeWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine();
            Console.WriteLine($"TaskAdmission 村社事项准入平台 is running: {string.Join(", ", app.Urls)}");
            if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
            {
                Console.WriteLine($"Demo sign-ins (password {DemoUsers.Password}):");
                foreach (var user in DemoUsers.All)
                {
                    Console.WriteLine($"  {user.UserName,-12} {user.Role,-20} {user.DisplayName}");
                }
            }
            Console.WriteLine();
        });
    }
}
