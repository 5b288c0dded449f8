using System.Net;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>
/// The sign-in form's answer to an outsider: the same message, in about the same time, for an unknown user, a locked
/// account and a wrong password (the app's default limits; the attempts stay under them).
/// </summary>
public sealed class SignInTimingTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private readonly SignInProbe probe = new(app);

    [Fact]
    public async Task UnknownLockedAndWrong_GetTheSameAnswer_InAboutTheSameTime()
    {
        var locked = await probe.NewUserAsync(locked: true);
        var samples = new Dictionary<string, List<TimeSpan>> { ["unknown"] = [], ["locked"] = [], ["wrong"] = [] };
        var messages = new HashSet<string?>();
        var client = app.CreateClient();
        await SignInProbe.AttemptAsync(client, "warm-up", "x");
        for (var i = 0; i < 7; i++)
        {
            // Interleaved, so a slow moment of the shared machine falls on every kind alike.
            foreach (var (kind, user, password) in new[] { ("unknown", $"nobody{Guid.NewGuid():N}", SignInProbe.Right), ("locked", locked, SignInProbe.Right), ("wrong", await probe.NewUserAsync(), "Wrong@Pass123") })
            {
                var attempt = await SignInProbe.AttemptAsync(client, user, password);
                Assert.Equal(HttpStatusCode.OK, attempt.Status);
                messages.Add(attempt.Message);
                samples[kind].Add(attempt.Took);
            }
        }

        Assert.Equal(["用户名或密码不正确，或账号暂时不能登录。"], messages);
        var medians = samples.ToDictionary(s => s.Key, s => s.Value.Order().ElementAt(s.Value.Count / 2).TotalMilliseconds);
        // Without the decoy hash an unknown or locked user is answered in a few milliseconds, a wrong password in the
        // time of a PBKDF2 check (tens of milliseconds): a factor of ten and more. Half is far from either.
        Assert.True(medians["unknown"] > medians["wrong"] / 2, $"medians (ms): {string.Join(", ", medians)}");
        Assert.True(medians["locked"] > medians["wrong"] / 2, $"medians (ms): {string.Join(", ", medians)}");
    }
}
