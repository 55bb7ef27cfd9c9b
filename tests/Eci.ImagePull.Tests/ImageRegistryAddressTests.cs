namespace Eci.ImagePull.Tests;

/// <summary>The bridge from an image to its registry address and classification.</summary>
public class ImageRegistryAddressTests
{
    [Theory]
    [InlineData("nginx", "docker.io", RegistryKind.DockerHub)]
    [InlineData("192.168.1.10:5000/team/app", "192.168.1.10:5000", RegistryKind.SelfManaged)]
    [InlineData("[::1]:5000/app", "[::1]:5000", RegistryKind.Loopback)]
    [InlineData("Registry.Corp.Example/app", "registry.corp.example", RegistryKind.SelfManaged)]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx", "registry-vpc.cn-hangzhou.aliyuncs.com", RegistryKind.EciPublic)]
    public void ImageRegistryBecomesAnAddress(string image, string address, RegistryKind kind)
    {
        var reference = ImageReference.Parse(image);

        Assert.Equal(address, reference.RegistryAddress!.ToString());
        Assert.Equal(kind, RegistryClassifier.Classify(reference)!.Kind);
    }

    [Theory]
    [InlineData("registry.example.com:99999/app")]
    [InlineData("999.1.1.1:5000/app")]
    public void RegistryTheGrammarAcceptsButNoOneCanReachHasNoAddress(string image)
    {
        var reference = ImageReference.Parse(image);

        Assert.Null(reference.RegistryAddress);
        Assert.Null(RegistryClassifier.Classify(reference));
    }
}
