// Test PKI made at run time with the OpenSSL 3 API: a certificate authority, server certificates it
// issues (with chosen names and validity, so expired or wrongly named certificates can be made),
// and self-signed certificates. No files and no openssl command line: tests stay hermetic.
//
// Everything crosses the API as PEM strings, which is what Asio's ssl::context, the SDK's client
// options and testing::server take. Keys are EC P-256: fast to generate, accepted at every
// OpenSSL security level.
#ifndef OPENAI_TESTING_CERTIFICATES_HPP
#define OPENAI_TESTING_CERTIFICATES_HPP

#include <openai/detail/config.hpp>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace testing {

/// What to put in an issued or self-signed certificate.
struct certificate_options
{
    /// Subject common name. Clients match host names against the subjectAltName entries below,
    /// not against this.
    std::string common_name = "localhost";
    /// subjectAltName DNS entries.
    std::vector<std::string> dns_names = {"localhost"};
    /// subjectAltName IP entries, IPv4 or IPv6 text ("127.0.0.1", "::1").
    std::vector<std::string> ip_addresses = {"127.0.0.1"};
    /// Validity window as offsets from now. Two negative offsets make an expired certificate;
    /// two positive ones a not-yet-valid one.
    std::chrono::seconds not_before = std::chrono::hours(-1);
    /// End of the validity window, as an offset from now.
    std::chrono::seconds not_after = std::chrono::hours(24);
};

/// A certificate, its private key and the certificate a client must trust to accept it.
struct certified_key
{
    std::string certificate;     ///< PEM "CERTIFICATE" of the leaf.
    std::string private_key;     ///< PEM "PRIVATE KEY" (unencrypted PKCS#8) of the leaf.
    std::string ca_certificate;  ///< PEM of the issuer; the leaf itself when self-signed.
};

namespace certificates_detail {

// unique_ptr deleters calling the OpenSSL free function of each type.
template <auto Free>
struct deleter
{
    template <class T>
    void operator()(T* p) const noexcept
    {
        Free(p);
    }
};

using pkey_ptr = std::unique_ptr<EVP_PKEY, deleter<EVP_PKEY_free>>;
using x509_ptr = std::unique_ptr<X509, deleter<X509_free>>;
using bio_ptr = std::unique_ptr<BIO, deleter<BIO_free_all>>;
using bn_ptr = std::unique_ptr<BIGNUM, deleter<BN_free>>;
using name_ptr = std::unique_ptr<X509_NAME, deleter<X509_NAME_free>>;
using ext_ptr = std::unique_ptr<X509_EXTENSION, deleter<X509_EXTENSION_free>>;
using general_names_ptr = std::unique_ptr<GENERAL_NAMES, deleter<GENERAL_NAMES_free>>;
using general_name_ptr = std::unique_ptr<GENERAL_NAME, deleter<GENERAL_NAME_free>>;
using ia5_ptr = std::unique_ptr<ASN1_IA5STRING, deleter<ASN1_IA5STRING_free>>;
using octet_ptr = std::unique_ptr<ASN1_OCTET_STRING, deleter<ASN1_OCTET_STRING_free>>;

/// Throws with OpenSSL's most recent error, clearing its error queue so later calls start clean.
[[noreturn]] inline void fail(std::string_view what)
{
    std::string message = "openai::testing certificates: ";
    message += what;
    if (unsigned long code = ERR_get_error())
    {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        message += ": ";
        message += text;
    }
    ERR_clear_error();
    throw std::runtime_error(message);
}

template <class T>
T* check(T* p, std::string_view what)
{
    if (!p)
        fail(what);
    return p;
}

inline void check(int ok, std::string_view what)
{
    if (ok <= 0)
        fail(what);
}

inline pkey_ptr make_key()
{
    return pkey_ptr(check(EVP_EC_gen("P-256"), "EC P-256 key generation"));
}

inline std::string to_string(BIO* bio)
{
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    return {data, static_cast<std::size_t>(size)};
}

inline std::string to_pem(X509* cert)
{
    bio_ptr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_X509(bio.get(), cert), "PEM_write_bio_X509");
    return to_string(bio.get());
}

inline std::string to_pem(EVP_PKEY* key)
{
    bio_ptr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "PEM_write_bio_PrivateKey");
    return to_string(bio.get());
}

inline bio_ptr read_bio(const std::string& pem)
{
    return bio_ptr(check(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), "BIO_new_mem_buf"));
}

inline x509_ptr certificate_from_pem(const std::string& pem)
{
    return x509_ptr(
        check(PEM_read_bio_X509(read_bio(pem).get(), nullptr, nullptr, nullptr), "reading a PEM certificate"));
}

inline pkey_ptr key_from_pem(const std::string& pem)
{
    return pkey_ptr(
        check(PEM_read_bio_PrivateKey(read_bio(pem).get(), nullptr, nullptr, nullptr), "reading a PEM private key"));
}

/// Adds an extension written in openssl.cnf syntax, e.g. "critical,CA:TRUE". `issuer` is needed
/// by authorityKeyIdentifier.
inline void add_extension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ext_ptr ext(check(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value), "building an X.509 extension"));
    check(X509_add_ext(cert, ext.get(), -1), "X509_add_ext");
}

/// subjectAltName built entry by entry, so no name needs escaping for the config syntax.
inline void add_subject_alt_names(X509* cert, const certificate_options& options)
{
    if (options.dns_names.empty() && options.ip_addresses.empty())
        return;
    general_names_ptr names(check(sk_GENERAL_NAME_new_null(), "sk_GENERAL_NAME_new_null"));
    // Ownership of `value` passes to the name, then the name's to the stack; a failure at any
    // point frees each object once.
    auto push = [&](int type, auto value) {
        general_name_ptr name(check(GENERAL_NAME_new(), "GENERAL_NAME_new"));
        GENERAL_NAME_set0_value(name.get(), type, value.release());  // the name owns the value now
        check(sk_GENERAL_NAME_push(names.get(), name.get()), "sk_GENERAL_NAME_push");
        static_cast<void>(name.release());  // owned by the stack now
    };
    for (const auto& dns : options.dns_names)
    {
        ia5_ptr value(check(ASN1_IA5STRING_new(), "ASN1_IA5STRING_new"));
        check(ASN1_STRING_set(value.get(), dns.data(), static_cast<int>(dns.size())), "ASN1_STRING_set");
        push(GEN_DNS, std::move(value));
    }
    for (const auto& ip : options.ip_addresses)
    {
        octet_ptr value(a2i_IPADDRESS(ip.c_str()));
        if (!value)
        {
            ERR_clear_error();
            throw std::invalid_argument("openai::testing certificates: not an IP address: " + ip);
        }
        push(GEN_IPADD, std::move(value));
    }
    check(X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT), "adding subjectAltName");
}

/// A version 3 certificate for `key` with a random serial, `subject_cn` and a validity window;
/// not yet signed, issuer not yet set.
inline x509_ptr new_certificate(EVP_PKEY* key, const std::string& subject_cn, std::chrono::seconds not_before,
                                std::chrono::seconds not_after)
{
    x509_ptr cert(check(X509_new(), "X509_new"));
    check(X509_set_version(cert.get(), X509_VERSION_3), "X509_set_version");

    // Random positive 63-bit serial: issuers must not reuse serials, and clients cache by them.
    bn_ptr serial(check(BN_new(), "BN_new"));
    check(BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY), "BN_rand");
    check(BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) ? 1 : 0, "BN_to_ASN1_INTEGER");

    check(X509_gmtime_adj(X509_getm_notBefore(cert.get()), static_cast<long>(not_before.count())) ? 1 : 0,
          "setting notBefore");
    check(X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(not_after.count())) ? 1 : 0,
          "setting notAfter");

    name_ptr name(check(X509_NAME_new(), "X509_NAME_new"));
    check(X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(subject_cn.c_str()), -1, -1, 0),
          "setting the common name");
    check(X509_set_subject_name(cert.get(), name.get()), "X509_set_subject_name");  // copies
    check(X509_set_pubkey(cert.get(), key), "X509_set_pubkey");
    return cert;
}

/// Makes a leaf certificate for `options`, signed by `issuer`/`issuer_key`, or self-signed when
/// `issuer` is null.
inline certified_key make_leaf(const certificate_options& options, X509* issuer, EVP_PKEY* issuer_key)
{
    pkey_ptr key = make_key();
    x509_ptr cert = new_certificate(key.get(), options.common_name, options.not_before, options.not_after);
    X509* signer = issuer ? issuer : cert.get();
    check(X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)), "X509_set_issuer_name");

    add_extension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
    add_extension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
    add_extension(cert.get(), signer, NID_ext_key_usage, "serverAuth,clientAuth");
    add_extension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)  // a self-signed leaf has no separate authority key to point at
        add_extension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    add_subject_alt_names(cert.get(), options);

    check(X509_sign(cert.get(), issuer ? issuer_key : key.get(), EVP_sha256()), "X509_sign");
    certified_key out;
    out.certificate = to_pem(cert.get());
    out.private_key = to_pem(key.get());
    out.ca_certificate = issuer ? to_pem(issuer) : out.certificate;
    return out;
}

}  // namespace certificates_detail

/// A certificate authority made for one test run: an EC P-256 key and a self-signed CA
/// certificate (basicConstraints CA:TRUE, keyUsage keyCertSign). Held as PEM, so it copies freely.
struct certificate_authority
{
    std::string certificate;  ///< PEM of the CA certificate: what clients trust.
    std::string private_key;  ///< PEM of the CA key.

    /// Generates a new CA named "openai-cpp test CA", valid from an hour ago for a year.
    // Overloads, not a defaulted std::string: see issue().
    static certificate_authority create() { return create("openai-cpp test CA"); }

    /// Generates a new CA valid from an hour ago for `validity`.
    static certificate_authority create(const std::string& common_name,
                                        std::chrono::seconds validity = std::chrono::hours(24 * 365))
    {
        namespace d = certificates_detail;
        d::pkey_ptr key = d::make_key();
        d::x509_ptr cert = d::new_certificate(key.get(), common_name, std::chrono::hours(-1), validity);
        d::check(X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())), "X509_set_issuer_name");
        d::add_extension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
        d::add_extension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
        d::add_extension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
        d::check(X509_sign(cert.get(), key.get(), EVP_sha256()), "X509_sign");
        return certificate_authority{d::to_pem(cert.get()), d::to_pem(key.get())};
    }

    /// Issues a server (and client) certificate for 127.0.0.1 and localhost signed by this CA.
    // Overloads here and below, not defaulted `certificate_options`: g++ 12 destroys a defaulted
    // aggregate argument twice when the call is inside a co_await expression.
    certified_key issue() const { return issue(certificate_options()); }

    /// Issues a server (and client) certificate signed by this CA.
    certified_key issue(const certificate_options& options) const
    {
        namespace d = certificates_detail;
        d::x509_ptr ca_cert = d::certificate_from_pem(certificate);
        d::pkey_ptr ca_key = d::key_from_pem(private_key);
        return d::make_leaf(options, ca_cert.get(), ca_key.get());
    }
};

/// Issues a server certificate for `options` signed by `ca`; the same as `ca.issue(options)`.
inline certified_key issue_server_certificate(const certificate_authority& ca, const certificate_options& options)
{
    return ca.issue(options);
}

/// Issues a server certificate for 127.0.0.1 and localhost signed by `ca`.
inline certified_key issue_server_certificate(const certificate_authority& ca)
{
    return ca.issue();
}

/// A self-signed leaf certificate (not a CA): clients accept it only when they trust it directly.
inline certified_key self_signed_certificate(const certificate_options& options)
{
    return certificates_detail::make_leaf(options, nullptr, nullptr);
}

/// A self-signed leaf certificate for 127.0.0.1 and localhost.
inline certified_key self_signed_certificate()
{
    return self_signed_certificate(certificate_options());
}

}  // namespace testing
OPENAI_END_NAMESPACE

#endif
