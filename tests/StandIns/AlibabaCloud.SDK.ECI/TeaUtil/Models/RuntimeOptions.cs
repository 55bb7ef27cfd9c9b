// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the AlibabaCloud.TeaUtil package; here it shares the stand-in assembly.

using Tea;

namespace AlibabaCloud.TeaUtil.Models;

/// <summary>Per-call transport options: retries, timeouts, proxies.</summary>
public class RuntimeOptions : TeaModel
{
    /// <summary>Whether failed calls are retried.</summary>
    [NameInMap("autoretry")] [Validation(Required = false)]
    public bool? Autoretry { get; set; }

    /// <summary>Whether TLS certificate errors of the API endpoint are ignored.</summary>
    [NameInMap("ignoreSSL")] [Validation(Required = false)]
    public bool? IgnoreSSL { get; set; }

    /// <summary>Maximum attempts when retrying.</summary>
    [NameInMap("maxAttempts")] [Validation(Required = false)]
    public int? MaxAttempts { get; set; }

    /// <summary>Back-off policy between retries.</summary>
    [NameInMap("backoffPolicy")] [Validation(Required = false)]
    public string BackoffPolicy { get; set; }

    /// <summary>Back-off period between retries.</summary>
    [NameInMap("backoffPeriod")] [Validation(Required = false)]
    public int? BackoffPeriod { get; set; }

    /// <summary>Read timeout in milliseconds.</summary>
    [NameInMap("readTimeout")] [Validation(Required = false)]
    public int? ReadTimeout { get; set; }

    /// <summary>Connect timeout in milliseconds.</summary>
    [NameInMap("connectTimeout")] [Validation(Required = false)]
    public int? ConnectTimeout { get; set; }

    /// <summary>Local address to bind.</summary>
    [NameInMap("localAddr")] [Validation(Required = false)]
    public string LocalAddr { get; set; }

    /// <summary>HTTP proxy URL.</summary>
    [NameInMap("httpProxy")] [Validation(Required = false)]
    public string HttpProxy { get; set; }

    /// <summary>HTTPS proxy URL.</summary>
    [NameInMap("httpsProxy")] [Validation(Required = false)]
    public string HttpsProxy { get; set; }

    /// <summary>Hosts that bypass the proxy.</summary>
    [NameInMap("noProxy")] [Validation(Required = false)]
    public string NoProxy { get; set; }

    /// <summary>Maximum idle connections.</summary>
    [NameInMap("maxIdleConns")] [Validation(Required = false)]
    public int? MaxIdleConns { get; set; }

    /// <summary>SOCKS5 proxy URL.</summary>
    [NameInMap("socks5Proxy")] [Validation(Required = false)]
    public string Socks5Proxy { get; set; }

    /// <summary>SOCKS5 network.</summary>
    [NameInMap("socks5NetWork")] [Validation(Required = false)]
    public string Socks5NetWork { get; set; }

    /// <summary>Whether connections are kept alive.</summary>
    [NameInMap("keepAlive")] [Validation(Required = false)]
    public bool? KeepAlive { get; set; }
}
