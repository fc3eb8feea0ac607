using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace NetworkingPlatform.Notification.Email;

/// <summary>Hands an email to the SMTP server with MailKit, as a multipart text and HTML message.</summary>
public sealed class EmailSender(IOptions<SmtpOptions> options)
{
    /// <param name="unsubscribe">The member's one-click unsubscribe link (RFC 8058), announced in the headers mail clients read.</param>
    public async Task Send(EmailContent content, string deliveryId, Uri? unsubscribe, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(content.To));
        message.Subject = content.Subject;
        // A stable Message-Id lets mail clients drop the copy a crash between sending and recording could cause.
        message.MessageId = $"{deliveryId.Replace(':', '.')}@networkingplatform.local";
        if (unsubscribe is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe.AbsoluteUri}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (smtp.Username is { Length: > 0 } username)
        {
            await client.AuthenticateAsync(username, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
