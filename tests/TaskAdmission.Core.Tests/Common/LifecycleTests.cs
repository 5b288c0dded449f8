using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Core.Tests.Common;

public sealed class LifecycleTests
{
    [Fact]
    public void Submission_MovesThroughReviewAndRevocation_AlongItsTable()
    {
        var submission = new Submission();

        foreach (var next in new[] { SubmissionStatus.AwaitingSignOff, SubmissionStatus.InReview, SubmissionStatus.Returned, SubmissionStatus.InReview, SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.Revoked })
        {
            submission.MoveTo(next);
        }

        Assert.Equal(SubmissionStatus.Revoked, submission.Status);
    }

    [Theory]
    [InlineData(SubmissionStatus.Admitted)]
    [InlineData(SubmissionStatus.Revoked)]
    [InlineData(SubmissionStatus.Returned)]
    public void Submission_RefusesAMoveItsTableLacks_AndKeepsItsStatus(SubmissionStatus to)
    {
        var submission = new Submission();

        var error = Assert.Throws<InvalidOperationException>(() => submission.MoveTo(to));

        Assert.Contains($"from Draft to {to}", error.Message);
        Assert.Equal(SubmissionStatus.Draft, submission.Status);
    }

    [Fact]
    public void Assignment_CannotBeReopened_OnceDone()
    {
        var assignment = new Assignment();
        assignment.MoveTo(AssignmentStatus.Done);

        Assert.Throws<InvalidOperationException>(() => assignment.MoveTo(AssignmentStatus.InProgress));
        Assert.Equal(AssignmentStatus.Done, assignment.Status);
    }
}
