namespace ResumeLens.Web.Hosting;

/// <summary>A configuration or environment problem that stops start-up; the message names the setting.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
