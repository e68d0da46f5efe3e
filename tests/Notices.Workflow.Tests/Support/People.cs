using Notices.Workflow.Procurements;

namespace Notices.Workflow.Tests.Support;

/// <summary>The people in the tests.</summary>
public static class People
{
    public static readonly Actor Commissioner = new("cora", "Cora Commissioner", [Role.Commissioner]);
    public static readonly Actor SecondCommissioner = new("colin", "Colin Commissioner", [Role.Commissioner]);
    public static readonly Actor Approver = new("amir", "Amir Approver", [Role.Approver]);
    public static readonly Actor SecondApprover = new("ava", "Ava Approver", [Role.Approver]);
    public static readonly Actor CommissionerWhoApproves = new("chris", "Chris Both", [Role.Commissioner, Role.Approver]);
    public static readonly Actor Administrator = new("ada", "Ada Administrator", [Role.Administrator]);
    public static readonly Actor Workflow = Actor.Workflow;
}
