/**
 * Public key of the extension (base64 DER, SubjectPublicKeyInfo). Chrome derives the extension ID
 * from it, so an unpacked build, a policy file and the docs all name the same ID.
 * The matching private key is not kept in this repository: store uploads are signed by the store.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnhbQy2JxiNTT4kLFHX+hottf2zS8YlvvbXbzLBnOsPeSflL4xpPa70jyFLjd0FSapIbkAeUWMcTNpXUZBCO3H9O9jbULpAQd6BxgNwsahMr/H1pW2sdHwT7F6TZ4tMWn6pG9dGGeBqUoelD/YR7YVGzW9siPAoeQNkULWHf8QXdSjyqWNyj7o8Plsg2ohLtItG/tihkG0sVYaUemGZw2WA/RGDZX9tfoOUwz6dK4rizHb2ZlvpmyJP0hz2TSvW7XucYytFSWJT2iDcRbxkcBgCps7asNGOOKwF6GjQ8+5Eu7ZEfbit+WZGiVGPjthfOuRiqvbK8z8KYdPBwsY9XBkwIDAQAB';

/** ID that Chrome derives from EXTENSION_PUBLIC_KEY; checked by a unit test. */
export const EXTENSION_ID = 'mepdahdkolmjadceolbijjfkhbpcecoi';
