using NetworkingPlatform.Mailboxes.Connecting;

namespace NetworkingPlatform.Mailboxes.Tests;

public class ConnectionRulesTests
{
    private static ConnectMailboxRequest Request(string? host = "imap.example.org", int? port = null, string? tls = null,
        string? userName = "ines@consultora.test", string? password = "app-password", string? address = null) =>
        new(null, address, host, port, tls, userName, password, null);

    [Fact]
    public void A_complete_request_has_no_errors()
    {
        Assert.Empty(ConnectionRules.Check(Request(), "ines"));
        Assert.Equal(993, ConnectionRules.PortOf(Request()));
        Assert.Equal(143, ConnectionRules.PortOf(Request(tls: TlsModes.StartTls)));
    }

    [Fact]
    public void Each_problem_is_named_by_its_field()
    {
        var errors = ConnectionRules.Check(Request(host: "", port: 70000, tls: "ssl3", userName: "", password: ""), null);

        Assert.Equal(["address", "host", "member", "password", "port", "tls", "userName"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("imap.example.org", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    public void A_password_in_clear_is_allowed_only_on_this_machine(string host, bool allowed)
    {
        Assert.Equal(allowed, !ConnectionRules.Check(Request(host: host, tls: TlsModes.None), "ines").ContainsKey("tls"));
    }

    [Fact]
    public void The_address_defaults_to_the_user_name_when_that_is_one()
    {
        Assert.Equal("ines@consultora.test", ConnectionRules.AddressOf(Request(userName: "Ines@Consultora.test")));
        Assert.Null(ConnectionRules.AddressOf(Request(userName: "ines")));
        Assert.Equal("ines@consultora.test", ConnectionRules.AddressOf(Request(userName: "ines", address: "ines@consultora.test")));
    }
}
