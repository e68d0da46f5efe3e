using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Notices.EngineProcess;
using Notices.LocalEngine;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Publishing;

// The workflow's engine in a process of its own, for tests that kill it outright: the Durable Task sidecar and
// worker over Durable Functions' Azure Storage backend, with the workflow's ports on Azure Storage. It writes
// "ready" once it runs, and stops when its standard input closes, so it never outlives the test that started it.
var arguments = EngineArguments.Parse(args);
var backend = await AzureStorageBackend.CreateAsync(arguments.ConnectionString, arguments.TaskHub, messageVisibility: arguments.MessageVisibility);
var sidecar = await DurableSidecar.StartAsync(backend);
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Logging.ClearProviders();
builder.Services.AddWorkflowStorage(StorageServices.FromConnectionString(arguments.ConnectionString), arguments.Names);
if (arguments.PauseMarker is { } marker)
{
    var store = builder.Services.Single(d => d.ServiceType == typeof(INoticeBlobStore));
    builder.Services.Remove(store);
    builder.Services.AddSingleton<INoticeBlobStore>(sp => new PausingNoticeBlobStore((INoticeBlobStore)store.ImplementationFactory!(sp), marker));
}

builder.Services.AddProcurementWorkflow();
builder.Services.AddWorkflowEngine(sidecar.Address);
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine("ready");
await Console.In.ReadToEndAsync();

using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
try
{
    await host.StopAsync(stop.Token);
}
catch (OperationCanceledException)
{
    // Work in flight goes back to the task hub for the next process.
}

await sidecar.StopAsync(TimeSpan.FromSeconds(5));
