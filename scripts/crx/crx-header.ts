import { hexToExtensionAlphabet } from './extension-id';

/** Contents of a CRX3 file, read back to check a freshly packed file. */
export interface CrxContents {
  /** Public keys (DER) of the RSA signatures in the header. */
  rsaPublicKeys: Buffer[];
  /** The extension ID written into the signed header data. */
  extensionId: string;
  /** The ZIP archive after the header. */
  archive: Buffer;
}

const CRX_MAGIC = 'Cr24';
const CRX_VERSION = 3;
const PREFIX_LENGTH = 12;

// Field numbers of the CRX3 header messages in Chromium's crx3.proto: CrxFileHeader.sha256_with_rsa = 2,
// CrxFileHeader.signed_header_data = 10000, AsymmetricKeyProof.public_key = 1, SignedData.crx_id = 1.
const HEADER_RSA_PROOF_FIELD = 2;
const HEADER_SIGNED_DATA_FIELD = 10000;
const PROOF_PUBLIC_KEY_FIELD = 1;
const SIGNED_DATA_CRX_ID_FIELD = 1;

/**
 * Reads a CRX3 file: the "Cr24" magic, version 3, the header length (little-endian), a protobuf
 * CrxFileHeader, then the ZIP archive. Throws when the file is not CRX3 or has no extension ID.
 */
export function readCrxFile(file: Buffer): CrxContents {
  if (file.length < PREFIX_LENGTH || file.toString('latin1', 0, 4) !== CRX_MAGIC) {
    throw new Error('Not a CRX file: the "Cr24" magic number is missing.');
  }
  const version = file.readUInt32LE(4);
  if (version !== CRX_VERSION) throw new Error(`Unsupported CRX version ${version}; expected ${CRX_VERSION}.`);
  const headerLength = file.readUInt32LE(8);
  const headerEnd = PREFIX_LENGTH + headerLength;
  if (headerEnd > file.length) throw new Error(`CRX header of ${headerLength} bytes runs past the end of the file.`);

  const headerFields = readLengthDelimitedFields(file.subarray(PREFIX_LENGTH, headerEnd));
  const rsaPublicKeys = headerFields
    .filter((field) => field.number === HEADER_RSA_PROOF_FIELD)
    .flatMap((proof) => readLengthDelimitedFields(proof.value).filter((field) => field.number === PROOF_PUBLIC_KEY_FIELD))
    .map((field) => field.value);
  const signedData = headerFields.find((field) => field.number === HEADER_SIGNED_DATA_FIELD);
  const crxId = signedData && readLengthDelimitedFields(signedData.value).find((field) => field.number === SIGNED_DATA_CRX_ID_FIELD);
  if (crxId === undefined) throw new Error('The CRX header has no signed extension ID (crx_id).');

  return {
    rsaPublicKeys,
    extensionId: hexToExtensionAlphabet(crxId.value.toString('hex')),
    archive: file.subarray(headerEnd),
  };
}

interface ProtobufField {
  number: number;
  value: Buffer;
}

/**
 * Returns the length-delimited fields (wire type 2) of one protobuf message. Every field of the
 * CRX3 messages read here is of that type, so any other wire type is reported as a damaged header.
 */
function readLengthDelimitedFields(message: Buffer): ProtobufField[] {
  const fields: ProtobufField[] = [];
  let offset = 0;
  while (offset < message.length) {
    const tag = readVarint(message, offset);
    const wireType = tag.value % 8;
    if (wireType !== 2) throw new Error(`Unexpected protobuf wire type ${wireType} in the CRX header.`);
    const length = readVarint(message, tag.next);
    const end = length.next + length.value;
    if (end > message.length) throw new Error('A CRX header field runs past the end of its message.');
    fields.push({ number: Math.floor(tag.value / 8), value: message.subarray(length.next, end) });
    offset = end;
  }
  return fields;
}

function readVarint(buffer: Buffer, start: number): { value: number; next: number } {
  let value = 0;
  let factor = 1;
  for (let offset = start; offset < buffer.length && offset < start + 5; offset += 1) {
    const byte = buffer[offset]!;
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return { value, next: offset + 1 };
    factor *= 128;
  }
  throw new Error('Invalid varint in the CRX header.');
}
