// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the AlibabaCloud.OpenApiClient package; here it shares the stand-in assembly.

using Tea;

namespace AlibabaCloud.OpenApiClient.Models;

/// <summary>Client settings: credentials, endpoint and region, transport options. Only the commonly used members are mirrored.</summary>
public class Config : TeaModel
{
    /// <summary>AccessKey ID.</summary>
    [NameInMap("accessKeyId")] [Validation(Required = false)]
    public string AccessKeyId { get; set; }

    /// <summary>AccessKey secret.</summary>
    [NameInMap("accessKeySecret")] [Validation(Required = false)]
    public string AccessKeySecret { get; set; }

    /// <summary>Security token of temporary (STS) credentials.</summary>
    [NameInMap("securityToken")] [Validation(Required = false)]
    public string SecurityToken { get; set; }

    /// <summary>Protocol to call the API with, <c>https</c> or <c>http</c>.</summary>
    [NameInMap("protocol")] [Validation(Required = false)]
    public string Protocol { get; set; }

    /// <summary>HTTP method override.</summary>
    [NameInMap("method")] [Validation(Required = false)]
    public string Method { get; set; }

    /// <summary>Region ID, for example <c>cn-hangzhou</c>.</summary>
    [NameInMap("regionId")] [Validation(Required = false)]
    public string RegionId { get; set; }

    /// <summary>Read timeout in milliseconds.</summary>
    [NameInMap("readTimeout")] [Validation(Required = false)]
    public int? ReadTimeout { get; set; }

    /// <summary>Connect timeout in milliseconds.</summary>
    [NameInMap("connectTimeout")] [Validation(Required = false)]
    public int? ConnectTimeout { get; set; }

    /// <summary>HTTP proxy URL.</summary>
    [NameInMap("httpProxy")] [Validation(Required = false)]
    public string HttpProxy { get; set; }

    /// <summary>HTTPS proxy URL.</summary>
    [NameInMap("httpsProxy")] [Validation(Required = false)]
    public string HttpsProxy { get; set; }

    /// <summary>API endpoint host, for example <c>eci.cn-hangzhou.aliyuncs.com</c>.</summary>
    [NameInMap("endpoint")] [Validation(Required = false)]
    public string Endpoint { get; set; }

    /// <summary>Hosts that bypass the proxy.</summary>
    [NameInMap("noProxy")] [Validation(Required = false)]
    public string NoProxy { get; set; }

    /// <summary>Maximum idle connections.</summary>
    [NameInMap("maxIdleConns")] [Validation(Required = false)]
    public int? MaxIdleConns { get; set; }

    /// <summary>Network type used to pick the endpoint, for example <c>vpc</c>.</summary>
    [NameInMap("network")] [Validation(Required = false)]
    public string Network { get; set; }

    /// <summary>Extra User-Agent text.</summary>
    [NameInMap("userAgent")] [Validation(Required = false)]
    public string UserAgent { get; set; }

    /// <summary>Endpoint suffix.</summary>
    [NameInMap("suffix")] [Validation(Required = false)]
    public string Suffix { get; set; }

    /// <summary>Endpoint type, for example <c>internal</c>.</summary>
    [NameInMap("endpointType")] [Validation(Required = false)]
    public string EndpointType { get; set; }

    /// <summary>OpenPlatform endpoint.</summary>
    [NameInMap("openPlatformEndpoint")] [Validation(Required = false)]
    public string OpenPlatformEndpoint { get; set; }

    /// <summary>Signature version.</summary>
    [NameInMap("signatureVersion")] [Validation(Required = false)]
    public string SignatureVersion { get; set; }

    /// <summary>Signature algorithm.</summary>
    [NameInMap("signatureAlgorithm")] [Validation(Required = false)]
    public string SignatureAlgorithm { get; set; }
}
