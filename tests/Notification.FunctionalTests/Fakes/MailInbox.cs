using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NetworkingPlatform.Notification.FunctionalTests.Fakes;

/// <summary>A real SMTP server in the test process (the SmtpServer package) that keeps what arrives; it can be started late.</summary>
public sealed class MailInbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> messages = new();
    private CancellationTokenSource? running;
    private SmtpServer.SmtpServer? server;

    public int Port { get; } = FreePort();

    public IReadOnlyList<MimeMessage> Messages => [.. messages];

    public IReadOnlyList<MimeMessage> To(string address) => [.. messages.Where(m => m.To.Mailboxes.Any(box => box.Address == address))];

    public Task<MimeMessage> WaitFor(string address) => TestServers.Eventually.Get(() => Task.FromResult(To(address).FirstOrDefault()), what: $"an email to {address}");

    /// <summary>Starts the server and returns once its port accepts connections.</summary>
    public async Task Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(builder => builder.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(messages));
        server = new SmtpServer.SmtpServer(options, services);
        running = new CancellationTokenSource();
        _ = server.StartAsync(running.Token);
        await TestServers.Eventually.Get(async () =>
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return new object();
            }
            catch (SocketException)
            {
                return null;
            }
        }, what: "the SMTP server listening");
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null && running is not null)
        {
            server.Shutdown();
            await running.CancelAsync();
            await server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
            running.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
