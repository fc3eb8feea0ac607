namespace NetworkingPlatform.Platform.Load;

public enum MessageRole
{
    /// <summary>Opens a conversation with a question, a proposal or an offer.</summary>
    Opener,

    /// <summary>The first recipient's answer to the opener.</summary>
    Answer,
}
