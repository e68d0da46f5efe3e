using Microsoft.DurableTask;

namespace NoticeFunctions.Functions;

/// <summary>The activity's name and its orchestration's instance id, as an activity class reads them, from the function's invocation.</summary>
internal sealed class FunctionActivityContext(FunctionContext function) : TaskActivityContext
{
    public override TaskName Name { get; } = function.FunctionDefinition.Name;

    public override string InstanceId { get; } =
        function.BindingContext.BindingData.TryGetValue("instanceId", out var id) ? id?.ToString() ?? "" : "";
}
