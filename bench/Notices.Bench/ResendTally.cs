namespace Notices.Bench;

/// <summary>Commands sent again over the whole run because no answer came while their sender waited.</summary>
internal sealed class ResendTally
{
    public long Workflow { get; private set; }

    public long Bare { get; private set; }

    public void AddWorkflow(long resent) => Workflow += resent;

    public void AddBare(long resent) => Bare += resent;
}
