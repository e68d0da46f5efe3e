using System.Diagnostics;

namespace Notices.Bench;

/// <summary>Processor time used by this process and by Azurite's process since <see cref="Start"/>.</summary>
internal sealed class CpuMeter
{
    private readonly Process azurite;
    private readonly TimeSpan clientAtStart;
    private readonly TimeSpan azuriteAtStart;

    private CpuMeter(Process azurite)
    {
        this.azurite = azurite;
        clientAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        azuriteAtStart = azurite.TotalProcessorTime;
    }

    public static CpuMeter Start(int azuriteProcessId) => new(Process.GetProcessById(azuriteProcessId));

    public (TimeSpan Client, TimeSpan Azurite) Used()
    {
        azurite.Refresh();
        return (Process.GetCurrentProcess().TotalProcessorTime - clientAtStart, azurite.TotalProcessorTime - azuriteAtStart);
    }
}
