using System.Net.Sockets;
using System.Text;

namespace OneWindow.Testing;

/// <summary>Tells whether a Docker engine answers, so tests can prefer Testcontainers.</summary>
public static class DockerEngine
{
    private static readonly Lazy<bool> Answers = new(Ping);

    public static bool IsAvailable => Answers.Value;

    private static bool Ping()
    {
        if (Environment.GetEnvironmentVariable("ONEWINDOW_TEST_SERVERS") == "binaries")
        {
            return false;
        }

        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var socketPath = host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal)
            ? host["unix://".Length..]
            : "/var/run/docker.sock";
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            // A remote engine is configured explicitly: trust the operator and let Testcontainers connect.
            return true;
        }

        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.ReceiveTimeout = 2000;
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[256];
            var read = socket.Receive(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
