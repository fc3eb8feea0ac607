using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>SIGTERM, which .NET cannot send to another process (Process.Kill sends SIGKILL).</summary>
[SupportedOSPlatform("linux")]
internal static class Signals
{
    private const int SigTerm = 15;

    /// <summary>0 when sent, else the C library's -1.</summary>
    public static int Terminate(int pid) => Kill(pid, SigTerm);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
