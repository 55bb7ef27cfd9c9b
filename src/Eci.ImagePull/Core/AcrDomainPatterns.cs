using System;

namespace Eci.ImagePull;

/// <summary>
/// Recognises the documented ACR host names by their exact label layout. Matching whole labels (never a
/// suffix or a substring) is what keeps look-alikes such as <c>registry.cn-hangzhou.aliyuncs.com.evil.com</c> out.
/// </summary>
internal static class AcrDomainPatterns
{
    private const string VpcSuffix = "-vpc";
    private const string EnterpriseSuffix = "-registry";
    private const string PersonalInstancePrefix = "crpi-";

    /// <summary>Classic Personal Edition endpoint: <c>registry[-vpc].&lt;region&gt;.aliyuncs.com</c>.</summary>
    internal static bool IsClassicPersonal(string[] labels, out string region, out bool isVpc)
    {
        region = string.Empty;
        isVpc = false;
        if (labels.Length != 4 || labels[2] != "aliyuncs" || labels[3] != "com" || !IsRegionId(labels[1]))
        {
            return false;
        }

        isVpc = labels[0] == "registry-vpc";
        region = labels[1];
        return isVpc || labels[0] == "registry";
    }

    /// <summary>Personal Edition instance domain: <c>crpi-&lt;id&gt;[-vpc].&lt;region&gt;.personal.cr.aliyuncs.com</c>.</summary>
    internal static bool IsPersonalInstance(string[] labels, out string region, out bool isVpc, out string instance)
    {
        region = string.Empty;
        instance = string.Empty;
        isVpc = false;
        if (labels.Length != 6 || labels[2] != "personal" || labels[3] != "cr" || labels[4] != "aliyuncs"
            || labels[5] != "com" || !IsRegionId(labels[1]))
        {
            return false;
        }

        string name = StripVpc(labels[0], out isVpc);
        if (!name.StartsWith(PersonalInstancePrefix, StringComparison.Ordinal) || name.Length == PersonalInstancePrefix.Length)
        {
            return false;
        }

        region = labels[1];
        instance = name;
        return true;
    }

    /// <summary>Enterprise Edition default domain: <c>&lt;name&gt;-registry[-vpc].&lt;region&gt;.cr.aliyuncs.com</c>.</summary>
    internal static bool IsEnterpriseDefault(string[] labels, out string region, out bool isVpc, out string instance)
    {
        region = string.Empty;
        instance = string.Empty;
        isVpc = false;
        if (labels.Length != 5 || labels[2] != "cr" || labels[3] != "aliyuncs" || labels[4] != "com" || !IsRegionId(labels[1]))
        {
            return false;
        }

        string name = StripVpc(labels[0], out isVpc);
        if (!name.EndsWith(EnterpriseSuffix, StringComparison.Ordinal) || name.Length == EnterpriseSuffix.Length)
        {
            return false;
        }

        region = labels[1];
        instance = name.Substring(0, name.Length - EnterpriseSuffix.Length);
        return true;
    }

    /// <summary>
    /// Alibaba Cloud region id shape (<c>cn-hangzhou</c>, <c>ap-southeast-1</c>, <c>cn-shanghai-finance-1</c>):
    /// lower-case alphanumeric words joined by single '-', at least two words, starting with a letter.
    /// The words "aliyuncs", "personal" or "cr" alone are therefore never mistaken for a region.
    /// </summary>
    internal static bool IsRegionId(string label)
    {
        if (label.Length < 3 || label[0] < 'a' || label[0] > 'z' || label[label.Length - 1] == '-')
        {
            return false;
        }

        bool hasHyphen = false;
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (c == '-')
            {
                if (label[i - 1] == '-')
                {
                    return false;
                }

                hasHyphen = true;
            }
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return hasHyphen;
    }

    private static string StripVpc(string label, out bool isVpc)
    {
        isVpc = label.EndsWith(VpcSuffix, StringComparison.Ordinal);
        return isVpc ? label.Substring(0, label.Length - VpcSuffix.Length) : label;
    }
}
