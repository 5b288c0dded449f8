using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Testing;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// A township approver at work, through the pages a person uses: signs in with the login form, opens the review inbox,
/// opens each review, and posts the decision form (antiforgery token and all). Success is the page's redirect back to
/// the inbox with the decided submission's number.
/// </summary>
public sealed partial class Approver(HttpClient client, string township, IReadOnlyList<string> villages, AdmissionTracker tracker, LatencyRecorder decisions)
{
    // Reviews this approver has decided, never posted again: a person does not decide the same review twice.
    private readonly HashSet<string> decided = [];

    public static async Task<Approver> SignInAsync(Uri baseAddress, string userName, string password, string township, IReadOnlyList<string> villages,
        AdmissionTracker tracker, LatencyRecorder decisions)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
        };
        var form = await TestApp.FormFieldsAsync(client, "/account/login", "login");
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {userName} failed: {(int)response.StatusCode}");
        }
        return new Approver(client, township, villages, tracker, decisions);
    }

    /// <summary>
    /// Looks at the review inbox, decides what is there, and when it was empty looks again after <paramref name="poll"/>.
    /// The first look comes after <paramref name="firstLook"/>, so approvers spread their looks over the interval instead
    /// of 20 people reloading in the same instant (which no office does, and which makes a burst of its own).
    /// </summary>
    public async Task WorkAsync(TimeSpan poll, CancellationToken stop, TimeSpan firstLook = default)
    {
        if (firstLook > TimeSpan.Zero)
        {
            await Task.Delay(firstLook, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        while (!stop.IsCancellationRequested)
        {
            var inbox = await client.GetStringAsync("/admission/reviews", stop);
            var tasks = TaskLink().Matches(inbox).Select(m => m.Groups[1].Value).Distinct().Where(t => !decided.Contains(t)).ToList();
            foreach (var task in tasks)
            {
                if (stop.IsCancellationRequested) return;
                await DecideAsync(task, stop);
            }
            if (tasks.Count == 0)
            {
                await Task.Delay(poll, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task DecideAsync(string task, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var path = $"/admission/reviews/{task}";
        var form = await TestApp.FormFieldsAsync(client, path, "decision");
        form["Input.Kind"] = "Admit";
        form["Input.Reason"] = "符合协助清单,经费到位";
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(form), stop);
        decisions.Record(Stopwatch.GetTimestamp() - started, (int)response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        var number = DecidedNumber().Match(location);
        if (response.StatusCode == HttpStatusCode.Redirect && number.Success)
        {
            decided.Add(task);
            tracker.Decided(Uri.UnescapeDataString(number.Groups[1].Value), villages);
        }
        else if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync(stop)).Contains(ConflictTitle, StringComparison.Ordinal))
        {
            // Two townships deciding one submission at once: one wins, the other's page says so and the next poll retries.
            tracker.Conflicted();
        }
    }

    public string Township => township;

    /// <summary>The review page's heading for a decision another approver's change got in before (zh-CN, the default).</summary>
    private const string ConflictTitle = "该任务已由他人处理";

    [GeneratedRegex("admission/reviews/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex TaskLink();

    [GeneratedRegex("decided=([^&]+)")]
    private static partial Regex DecidedNumber();
}
