/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.grpc = (function() {

    /**
     * Namespace grpc.
     * @exports grpc
     * @namespace
     */
    var grpc = {};

    grpc.health = (function() {

        /**
         * Namespace health.
         * @memberof grpc
         * @namespace
         */
        var health = {};

        health.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof grpc.health
             * @namespace
             */
            var v1 = {};

            v1.HealthCheckRequest = (function() {

                /**
                 * Properties of a HealthCheckRequest.
                 * @typedef {Object} grpc.health.v1.HealthCheckRequest.$Properties
                 * @property {string|null} [service] HealthCheckRequest service
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckRequest
                 * @augments grpc.health.v1.HealthCheckRequest.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckRequest.
                 * @typedef {grpc.health.v1.HealthCheckRequest.$Properties} grpc.health.v1.HealthCheckRequest.$Shape
                 */

                /**
                 * Constructs a new HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckRequest.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var HealthCheckRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckRequest service.
                 * @member {string} service
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 */
                HealthCheckRequest.prototype.service = "";

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties} message HealthCheckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return HealthCheckRequest;
            })();

            v1.HealthCheckResponse = (function() {

                /**
                 * Properties of a HealthCheckResponse.
                 * @typedef {Object} grpc.health.v1.HealthCheckResponse.$Properties
                 * @property {grpc.health.v1.HealthCheckResponse.ServingStatus|null} [status] HealthCheckResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckResponse
                 * @augments grpc.health.v1.HealthCheckResponse.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckResponse.
                 * @typedef {grpc.health.v1.HealthCheckResponse.$Properties} grpc.health.v1.HealthCheckResponse.$Shape
                 */

                /**
                 * Constructs a new HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckResponse.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var HealthCheckResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckResponse status.
                 * @member {grpc.health.v1.HealthCheckResponse.ServingStatus} status
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 */
                HealthCheckResponse.prototype.status = 0;

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties} message HealthCheckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * ServingStatus enum.
                 * @name grpc.health.v1.HealthCheckResponse.ServingStatus
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} SERVING=1 SERVING value
                 * @property {number} NOT_SERVING=2 NOT_SERVING value
                 * @property {number} SERVICE_UNKNOWN=3 SERVICE_UNKNOWN value
                 */
                HealthCheckResponse.ServingStatus = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SERVING"] = 1;
                    values[valuesById[2] = "NOT_SERVING"] = 2;
                    values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
                    return values;
                })();

                return HealthCheckResponse;
            })();

            return v1;
        })();

        return health;
    })();

    return grpc;
})();

$root.plugin = (function() {

    /**
     * Namespace plugin.
     * @exports plugin
     * @namespace
     */
    var plugin = {};

    plugin.Empty = (function() {

        /**
         * Properties of an Empty.
         * @typedef {Object} plugin.Empty.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Empty.
         * @memberof plugin
         * @interface IEmpty
         * @augments plugin.Empty.$Properties
         * @deprecated Use plugin.Empty.$Properties instead.
         */

        /**
         * Shape of an Empty.
         * @typedef {plugin.Empty.$Properties} plugin.Empty.$Shape
         */

        /**
         * Constructs a new Empty.
         * @memberof plugin
         * @classdesc Represents an Empty.
         * @constructor
         * @param {plugin.Empty.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Empty = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified Empty message. Does not implicitly {@link plugin.Empty.verify|verify} messages.
         * @function encode
         * @memberof plugin.Empty
         * @static
         * @param {plugin.Empty.$Properties} message Empty message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @function decode
         * @memberof plugin.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {plugin.Empty & plugin.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.plugin.Empty();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Empty;
    })();

    plugin.StdioData = (function() {

        /**
         * Properties of a StdioData.
         * @typedef {Object} plugin.StdioData.$Properties
         * @property {plugin.StdioData.Channel|null} [channel] StdioData channel
         * @property {Uint8Array|null} [data] StdioData data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StdioData.
         * @memberof plugin
         * @interface IStdioData
         * @augments plugin.StdioData.$Properties
         * @deprecated Use plugin.StdioData.$Properties instead.
         */

        /**
         * Shape of a StdioData.
         * @typedef {plugin.StdioData.$Properties} plugin.StdioData.$Shape
         */

        /**
         * Constructs a new StdioData.
         * @memberof plugin
         * @classdesc Represents a StdioData.
         * @constructor
         * @param {plugin.StdioData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var StdioData = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StdioData channel.
         * @member {plugin.StdioData.Channel} channel
         * @memberof plugin.StdioData
         * @instance
         */
        StdioData.prototype.channel = 0;

        /**
         * StdioData data.
         * @member {Uint8Array} data
         * @memberof plugin.StdioData
         * @instance
         */
        StdioData.prototype.data = $util.newBuffer([]);

        /**
         * Encodes the specified StdioData message. Does not implicitly {@link plugin.StdioData.verify|verify} messages.
         * @function encode
         * @memberof plugin.StdioData
         * @static
         * @param {plugin.StdioData.$Properties} message StdioData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StdioData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StdioData message from the specified reader or buffer.
         * @function decode
         * @memberof plugin.StdioData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {plugin.StdioData & plugin.StdioData.$Shape} StdioData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StdioData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.plugin.StdioData();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.channel = value;
                        else
                            delete message.channel;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Channel enum.
         * @name plugin.StdioData.Channel
         * @enum {number}
         * @property {number} INVALID=0 INVALID value
         * @property {number} STDOUT=1 STDOUT value
         * @property {number} STDERR=2 STDERR value
         */
        StdioData.Channel = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "STDOUT"] = 1;
            values[valuesById[2] = "STDERR"] = 2;
            return values;
        })();

        return StdioData;
    })();

    plugin.ConnInfo = (function() {

        /**
         * Properties of a ConnInfo.
         * @typedef {Object} plugin.ConnInfo.$Properties
         * @property {number|null} [serviceId] ConnInfo serviceId
         * @property {string|null} [network] ConnInfo network
         * @property {string|null} [address] ConnInfo address
         * @property {plugin.ConnInfo.Knock.$Properties|null} [knock] ConnInfo knock
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConnInfo.
         * @memberof plugin
         * @interface IConnInfo
         * @augments plugin.ConnInfo.$Properties
         * @deprecated Use plugin.ConnInfo.$Properties instead.
         */

        /**
         * Shape of a ConnInfo.
         * @typedef {plugin.ConnInfo.$Properties} plugin.ConnInfo.$Shape
         */

        /**
         * Constructs a new ConnInfo.
         * @memberof plugin
         * @classdesc Represents a ConnInfo.
         * @constructor
         * @param {plugin.ConnInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ConnInfo = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConnInfo serviceId.
         * @member {number} serviceId
         * @memberof plugin.ConnInfo
         * @instance
         */
        ConnInfo.prototype.serviceId = 0;

        /**
         * ConnInfo network.
         * @member {string} network
         * @memberof plugin.ConnInfo
         * @instance
         */
        ConnInfo.prototype.network = "";

        /**
         * ConnInfo address.
         * @member {string} address
         * @memberof plugin.ConnInfo
         * @instance
         */
        ConnInfo.prototype.address = "";

        /**
         * ConnInfo knock.
         * @member {plugin.ConnInfo.Knock.$Properties|null|undefined} knock
         * @memberof plugin.ConnInfo
         * @instance
         */
        ConnInfo.prototype.knock = null;

        /**
         * Encodes the specified ConnInfo message. Does not implicitly {@link plugin.ConnInfo.verify|verify} messages.
         * @function encode
         * @memberof plugin.ConnInfo
         * @static
         * @param {plugin.ConnInfo.$Properties} message ConnInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.serviceId);
            if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.network);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
            if (message.knock != null && $Object.hasOwnProperty.call(message, "knock"))
                $root.plugin.ConnInfo.Knock.encode(message.knock, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConnInfo message from the specified reader or buffer.
         * @function decode
         * @memberof plugin.ConnInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {plugin.ConnInfo & plugin.ConnInfo.$Shape} ConnInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.plugin.ConnInfo();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.serviceId = value;
                        else
                            delete message.serviceId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.network = value;
                        else
                            delete message.network;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.knock = $root.plugin.ConnInfo.Knock.decode(reader, reader.size(), $undefined, _depth + 1, message.knock);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ConnInfo.Knock = (function() {

            /**
             * Properties of a Knock.
             * @typedef {Object} plugin.ConnInfo.Knock.$Properties
             * @property {boolean|null} [knock] Knock knock
             * @property {boolean|null} [ack] Knock ack
             * @property {string|null} [error] Knock error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Knock.
             * @memberof plugin.ConnInfo
             * @interface IKnock
             * @augments plugin.ConnInfo.Knock.$Properties
             * @deprecated Use plugin.ConnInfo.Knock.$Properties instead.
             */

            /**
             * Shape of a Knock.
             * @typedef {plugin.ConnInfo.Knock.$Properties} plugin.ConnInfo.Knock.$Shape
             */

            /**
             * Constructs a new Knock.
             * @memberof plugin.ConnInfo
             * @classdesc Represents a Knock.
             * @constructor
             * @param {plugin.ConnInfo.Knock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Knock = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Knock knock.
             * @member {boolean} knock
             * @memberof plugin.ConnInfo.Knock
             * @instance
             */
            Knock.prototype.knock = false;

            /**
             * Knock ack.
             * @member {boolean} ack
             * @memberof plugin.ConnInfo.Knock
             * @instance
             */
            Knock.prototype.ack = false;

            /**
             * Knock error.
             * @member {string} error
             * @memberof plugin.ConnInfo.Knock
             * @instance
             */
            Knock.prototype.error = "";

            /**
             * Encodes the specified Knock message. Does not implicitly {@link plugin.ConnInfo.Knock.verify|verify} messages.
             * @function encode
             * @memberof plugin.ConnInfo.Knock
             * @static
             * @param {plugin.ConnInfo.Knock.$Properties} message Knock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Knock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.knock != null && $Object.hasOwnProperty.call(message, "knock") && message.knock !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.knock);
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack") && message.ack !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ack);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Knock message from the specified reader or buffer.
             * @function decode
             * @memberof plugin.ConnInfo.Knock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {plugin.ConnInfo.Knock & plugin.ConnInfo.Knock.$Shape} Knock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Knock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.plugin.ConnInfo.Knock();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.knock = value;
                            else
                                delete message.knock;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ack = value;
                            else
                                delete message.ack;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Knock;
        })();

        return ConnInfo;
    })();

    return plugin;
})();

$root.tfplugin6 = (function() {

    /**
     * Namespace tfplugin6.
     * @exports tfplugin6
     * @namespace
     */
    var tfplugin6 = {};

    tfplugin6.DynamicValue = (function() {

        /**
         * Properties of a DynamicValue.
         * @typedef {Object} tfplugin6.DynamicValue.$Properties
         * @property {Uint8Array|null} [msgpack] DynamicValue msgpack
         * @property {Uint8Array|null} [json] DynamicValue json
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DynamicValue.
         * @memberof tfplugin6
         * @interface IDynamicValue
         * @augments tfplugin6.DynamicValue.$Properties
         * @deprecated Use tfplugin6.DynamicValue.$Properties instead.
         */

        /**
         * Shape of a DynamicValue.
         * @typedef {tfplugin6.DynamicValue.$Properties} tfplugin6.DynamicValue.$Shape
         */

        /**
         * Constructs a new DynamicValue.
         * @memberof tfplugin6
         * @classdesc Represents a DynamicValue.
         * @constructor
         * @param {tfplugin6.DynamicValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DynamicValue = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DynamicValue msgpack.
         * @member {Uint8Array} msgpack
         * @memberof tfplugin6.DynamicValue
         * @instance
         */
        DynamicValue.prototype.msgpack = $util.newBuffer([]);

        /**
         * DynamicValue json.
         * @member {Uint8Array} json
         * @memberof tfplugin6.DynamicValue
         * @instance
         */
        DynamicValue.prototype.json = $util.newBuffer([]);

        /**
         * Encodes the specified DynamicValue message. Does not implicitly {@link tfplugin6.DynamicValue.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {tfplugin6.DynamicValue.$Properties} message DynamicValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DynamicValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgpack != null && $Object.hasOwnProperty.call(message, "msgpack") && message.msgpack.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.msgpack);
            if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.json);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DynamicValue message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape} DynamicValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DynamicValue.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.DynamicValue();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.msgpack = value;
                        else
                            delete message.msgpack;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.json = value;
                        else
                            delete message.json;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DynamicValue;
    })();

    tfplugin6.AttributePath = (function() {

        /**
         * Properties of an AttributePath.
         * @typedef {Object} tfplugin6.AttributePath.$Properties
         * @property {Array.<tfplugin6.AttributePath.Step.$Properties>|null} [steps] AttributePath steps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttributePath.
         * @memberof tfplugin6
         * @interface IAttributePath
         * @augments tfplugin6.AttributePath.$Properties
         * @deprecated Use tfplugin6.AttributePath.$Properties instead.
         */

        /**
         * Shape of an AttributePath.
         * @typedef {{
         *   steps?: Array.<tfplugin6.AttributePath.Step.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tfplugin6.AttributePath.$Shape
         */

        /**
         * Constructs a new AttributePath.
         * @memberof tfplugin6
         * @classdesc Represents an AttributePath.
         * @constructor
         * @param {tfplugin6.AttributePath.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AttributePath = function (properties) {
            this.steps = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttributePath steps.
         * @member {Array.<tfplugin6.AttributePath.Step.$Properties>} steps
         * @memberof tfplugin6.AttributePath
         * @instance
         */
        AttributePath.prototype.steps = $util.emptyArray;

        /**
         * Encodes the specified AttributePath message. Does not implicitly {@link tfplugin6.AttributePath.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {tfplugin6.AttributePath.$Properties} message AttributePath message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributePath.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.steps != null && message.steps.length)
                for (var i = 0; i < message.steps.length; ++i)
                    $root.tfplugin6.AttributePath.Step.encode(message.steps[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AttributePath message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape} AttributePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributePath.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.AttributePath();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.steps && message.steps.length))
                            message.steps = [];
                        message.steps.push($root.tfplugin6.AttributePath.Step.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        AttributePath.Step = (function() {

            /**
             * Properties of a Step.
             * @typedef {Object} tfplugin6.AttributePath.Step.$Properties
             * @property {string|null} [attributeName] Step attributeName
             * @property {string|null} [elementKeyString] Step elementKeyString
             * @property {number|null} [elementKeyInt] Step elementKeyInt
             * @property {"attributeName"|"elementKeyString"|"elementKeyInt"} [selector] Step selector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Step.
             * @memberof tfplugin6.AttributePath
             * @interface IStep
             * @augments tfplugin6.AttributePath.Step.$Properties
             * @deprecated Use tfplugin6.AttributePath.Step.$Properties instead.
             */

            /**
             * Narrowed shape of a Step.
             * @typedef {{
             *   attributeName?: string|null;
             *   elementKeyString?: string|null;
             *   elementKeyInt?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ selector?: undefined; attributeName?: null; elementKeyString?: null; elementKeyInt?: null }|{ selector?: "attributeName"; attributeName: string; elementKeyString?: null; elementKeyInt?: null }|{ selector?: "elementKeyString"; attributeName?: null; elementKeyString: string; elementKeyInt?: null }|{ selector?: "elementKeyInt"; attributeName?: null; elementKeyString?: null; elementKeyInt: number })
             * )} tfplugin6.AttributePath.Step.$Shape
             */

            /**
             * Constructs a new Step.
             * @memberof tfplugin6.AttributePath
             * @classdesc Represents a Step.
             * @constructor
             * @param {tfplugin6.AttributePath.Step.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Step = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Step attributeName.
             * @member {string|null|undefined} attributeName
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.attributeName = null;

            /**
             * Step elementKeyString.
             * @member {string|null|undefined} elementKeyString
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.elementKeyString = null;

            /**
             * Step elementKeyInt.
             * @member {number|null|undefined} elementKeyInt
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.elementKeyInt = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Step selector.
             * @member {"attributeName"|"elementKeyString"|"elementKeyInt"|undefined} selector
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            $Object.defineProperty(Step.prototype, "selector", {
                get: $util.oneOfGetter($oneOfFields = ["attributeName", "elementKeyString", "elementKeyInt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Step message. Does not implicitly {@link tfplugin6.AttributePath.Step.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {tfplugin6.AttributePath.Step.$Properties} message Step message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Step.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attributeName != null && $Object.hasOwnProperty.call(message, "attributeName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.attributeName);
                if (message.elementKeyString != null && $Object.hasOwnProperty.call(message, "elementKeyString"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.elementKeyString);
                if (message.elementKeyInt != null && $Object.hasOwnProperty.call(message, "elementKeyInt"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.elementKeyInt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Step message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape} Step
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Step.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.AttributePath.Step();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attributeName = reader.stringVerify();
                            message.selector = "attributeName";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.elementKeyString = reader.stringVerify();
                            message.selector = "elementKeyString";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.elementKeyInt = reader.int64();
                            message.selector = "elementKeyInt";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Step;
        })();

        return AttributePath;
    })();

    tfplugin6.Diagnostic = (function() {

        /**
         * Properties of a Diagnostic.
         * @typedef {Object} tfplugin6.Diagnostic.$Properties
         * @property {tfplugin6.Diagnostic.Severity|null} [severity] Diagnostic severity
         * @property {string|null} [summary] Diagnostic summary
         * @property {string|null} [detail] Diagnostic detail
         * @property {tfplugin6.AttributePath.$Properties|null} [attribute] Diagnostic attribute
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Diagnostic.
         * @memberof tfplugin6
         * @interface IDiagnostic
         * @augments tfplugin6.Diagnostic.$Properties
         * @deprecated Use tfplugin6.Diagnostic.$Properties instead.
         */

        /**
         * Shape of a Diagnostic.
         * @typedef {{
         *   severity?: tfplugin6.Diagnostic.Severity|null;
         *   summary?: string|null;
         *   detail?: string|null;
         *   attribute?: tfplugin6.AttributePath.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tfplugin6.Diagnostic.$Shape
         */

        /**
         * Constructs a new Diagnostic.
         * @memberof tfplugin6
         * @classdesc Represents a Diagnostic.
         * @constructor
         * @param {tfplugin6.Diagnostic.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Diagnostic = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Diagnostic severity.
         * @member {tfplugin6.Diagnostic.Severity} severity
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.severity = 0;

        /**
         * Diagnostic summary.
         * @member {string} summary
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.summary = "";

        /**
         * Diagnostic detail.
         * @member {string} detail
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.detail = "";

        /**
         * Diagnostic attribute.
         * @member {tfplugin6.AttributePath.$Properties|null|undefined} attribute
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.attribute = null;

        /**
         * Encodes the specified Diagnostic message. Does not implicitly {@link tfplugin6.Diagnostic.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {tfplugin6.Diagnostic.$Properties} message Diagnostic message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Diagnostic.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.severity);
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.summary);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
            if (message.attribute != null && $Object.hasOwnProperty.call(message, "attribute"))
                $root.tfplugin6.AttributePath.encode(message.attribute, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Diagnostic message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape} Diagnostic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Diagnostic.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.Diagnostic();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summary = value;
                        else
                            delete message.summary;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.attribute = $root.tfplugin6.AttributePath.decode(reader, reader.size(), $undefined, _depth + 1, message.attribute);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Severity enum.
         * @name tfplugin6.Diagnostic.Severity
         * @enum {number}
         * @property {number} INVALID=0 INVALID value
         * @property {number} ERROR=1 ERROR value
         * @property {number} WARNING=2 WARNING value
         */
        Diagnostic.Severity = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "ERROR"] = 1;
            values[valuesById[2] = "WARNING"] = 2;
            return values;
        })();

        return Diagnostic;
    })();

    /**
     * StringKind enum.
     * @name tfplugin6.StringKind
     * @enum {number}
     * @property {number} PLAIN=0 PLAIN value
     * @property {number} MARKDOWN=1 MARKDOWN value
     */
    tfplugin6.StringKind = (function() {
        var valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PLAIN"] = 0;
        values[valuesById[1] = "MARKDOWN"] = 1;
        return values;
    })();

    tfplugin6.Schema = (function() {

        /**
         * Properties of a Schema.
         * @typedef {Object} tfplugin6.Schema.$Properties
         * @property {number|null} [version] Schema version
         * @property {tfplugin6.Schema.Block.$Properties|null} [block] Schema block
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Schema.
         * @memberof tfplugin6
         * @interface ISchema
         * @augments tfplugin6.Schema.$Properties
         * @deprecated Use tfplugin6.Schema.$Properties instead.
         */

        /**
         * Shape of a Schema.
         * @typedef {tfplugin6.Schema.$Properties} tfplugin6.Schema.$Shape
         */

        /**
         * Constructs a new Schema.
         * @memberof tfplugin6
         * @classdesc Represents a Schema.
         * @constructor
         * @param {tfplugin6.Schema.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Schema = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Schema version.
         * @member {number} version
         * @memberof tfplugin6.Schema
         * @instance
         */
        Schema.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Schema block.
         * @member {tfplugin6.Schema.Block.$Properties|null|undefined} block
         * @memberof tfplugin6.Schema
         * @instance
         */
        Schema.prototype.block = null;

        /**
         * Encodes the specified Schema message. Does not implicitly {@link tfplugin6.Schema.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.Schema
         * @static
         * @param {tfplugin6.Schema.$Properties} message Schema message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Schema.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.version);
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Schema message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.Schema
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.Schema & tfplugin6.Schema.$Shape} Schema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Schema.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.Schema();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Schema.Block = (function() {

            /**
             * Properties of a Block.
             * @typedef {Object} tfplugin6.Schema.Block.$Properties
             * @property {number|null} [version] Block version
             * @property {Array.<tfplugin6.Schema.Attribute.$Properties>|null} [attributes] Block attributes
             * @property {Array.<tfplugin6.Schema.NestedBlock.$Properties>|null} [blockTypes] Block blockTypes
             * @property {string|null} [description] Block description
             * @property {tfplugin6.StringKind|null} [descriptionKind] Block descriptionKind
             * @property {boolean|null} [deprecated] Block deprecated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Block.
             * @memberof tfplugin6.Schema
             * @interface IBlock
             * @augments tfplugin6.Schema.Block.$Properties
             * @deprecated Use tfplugin6.Schema.Block.$Properties instead.
             */

            /**
             * Shape of a Block.
             * @typedef {tfplugin6.Schema.Block.$Properties} tfplugin6.Schema.Block.$Shape
             */

            /**
             * Constructs a new Block.
             * @memberof tfplugin6.Schema
             * @classdesc Represents a Block.
             * @constructor
             * @param {tfplugin6.Schema.Block.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Block = function (properties) {
                this.attributes = [];
                this.blockTypes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Block version.
             * @member {number} version
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Block attributes.
             * @member {Array.<tfplugin6.Schema.Attribute.$Properties>} attributes
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.attributes = $util.emptyArray;

            /**
             * Block blockTypes.
             * @member {Array.<tfplugin6.Schema.NestedBlock.$Properties>} blockTypes
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.blockTypes = $util.emptyArray;

            /**
             * Block description.
             * @member {string} description
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.description = "";

            /**
             * Block descriptionKind.
             * @member {tfplugin6.StringKind} descriptionKind
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.descriptionKind = 0;

            /**
             * Block deprecated.
             * @member {boolean} deprecated
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.deprecated = false;

            /**
             * Encodes the specified Block message. Does not implicitly {@link tfplugin6.Schema.Block.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {tfplugin6.Schema.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.version);
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.blockTypes != null && message.blockTypes.length)
                    for (var i = 0; i < message.blockTypes.length; ++i)
                        $root.tfplugin6.Schema.NestedBlock.encode(message.blockTypes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.descriptionKind != null && $Object.hasOwnProperty.call(message, "descriptionKind") && message.descriptionKind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.descriptionKind);
                if (message.deprecated != null && $Object.hasOwnProperty.call(message, "deprecated") && message.deprecated !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.deprecated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Block();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blockTypes && message.blockTypes.length))
                                message.blockTypes = [];
                            message.blockTypes.push($root.tfplugin6.Schema.NestedBlock.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.descriptionKind = value;
                            else
                                delete message.descriptionKind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deprecated = value;
                            else
                                delete message.deprecated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Block;
        })();

        Schema.Attribute = (function() {

            /**
             * Properties of an Attribute.
             * @typedef {Object} tfplugin6.Schema.Attribute.$Properties
             * @property {string|null} [name] Attribute name
             * @property {Uint8Array|null} [type] Attribute type
             * @property {string|null} [description] Attribute description
             * @property {boolean|null} [required] Attribute required
             * @property {boolean|null} [optional] Attribute optional
             * @property {boolean|null} [computed] Attribute computed
             * @property {boolean|null} [sensitive] Attribute sensitive
             * @property {tfplugin6.StringKind|null} [descriptionKind] Attribute descriptionKind
             * @property {boolean|null} [deprecated] Attribute deprecated
             * @property {tfplugin6.Schema.Object.$Properties|null} [nestedType] Attribute nestedType
             * @property {boolean|null} [writeOnly] Attribute writeOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Attribute.
             * @memberof tfplugin6.Schema
             * @interface IAttribute
             * @augments tfplugin6.Schema.Attribute.$Properties
             * @deprecated Use tfplugin6.Schema.Attribute.$Properties instead.
             */

            /**
             * Shape of an Attribute.
             * @typedef {tfplugin6.Schema.Attribute.$Properties} tfplugin6.Schema.Attribute.$Shape
             */

            /**
             * Constructs a new Attribute.
             * @memberof tfplugin6.Schema
             * @classdesc Represents an Attribute.
             * @constructor
             * @param {tfplugin6.Schema.Attribute.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Attribute = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Attribute name.
             * @member {string} name
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.name = "";

            /**
             * Attribute type.
             * @member {Uint8Array} type
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.type = $util.newBuffer([]);

            /**
             * Attribute description.
             * @member {string} description
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.description = "";

            /**
             * Attribute required.
             * @member {boolean} required
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.required = false;

            /**
             * Attribute optional.
             * @member {boolean} optional
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.optional = false;

            /**
             * Attribute computed.
             * @member {boolean} computed
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.computed = false;

            /**
             * Attribute sensitive.
             * @member {boolean} sensitive
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.sensitive = false;

            /**
             * Attribute descriptionKind.
             * @member {tfplugin6.StringKind} descriptionKind
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.descriptionKind = 0;

            /**
             * Attribute deprecated.
             * @member {boolean} deprecated
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.deprecated = false;

            /**
             * Attribute nestedType.
             * @member {tfplugin6.Schema.Object.$Properties|null|undefined} nestedType
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.nestedType = null;

            /**
             * Attribute writeOnly.
             * @member {boolean} writeOnly
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.writeOnly = false;

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link tfplugin6.Schema.Attribute.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {tfplugin6.Schema.Attribute.$Properties} message Attribute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Attribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.type);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.required);
                if (message.optional != null && $Object.hasOwnProperty.call(message, "optional") && message.optional !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.optional);
                if (message.computed != null && $Object.hasOwnProperty.call(message, "computed") && message.computed !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.computed);
                if (message.sensitive != null && $Object.hasOwnProperty.call(message, "sensitive") && message.sensitive !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.sensitive);
                if (message.descriptionKind != null && $Object.hasOwnProperty.call(message, "descriptionKind") && message.descriptionKind !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.descriptionKind);
                if (message.deprecated != null && $Object.hasOwnProperty.call(message, "deprecated") && message.deprecated !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.deprecated);
                if (message.nestedType != null && $Object.hasOwnProperty.call(message, "nestedType"))
                    $root.tfplugin6.Schema.Object.encode(message.nestedType, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.writeOnly != null && $Object.hasOwnProperty.call(message, "writeOnly") && message.writeOnly !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.writeOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Attribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Attribute();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.optional = value;
                            else
                                delete message.optional;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.computed = value;
                            else
                                delete message.computed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sensitive = value;
                            else
                                delete message.sensitive;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.descriptionKind = value;
                            else
                                delete message.descriptionKind;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deprecated = value;
                            else
                                delete message.deprecated;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.nestedType = $root.tfplugin6.Schema.Object.decode(reader, reader.size(), $undefined, _depth + 1, message.nestedType);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.writeOnly = value;
                            else
                                delete message.writeOnly;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Attribute;
        })();

        Schema.NestedBlock = (function() {

            /**
             * Properties of a NestedBlock.
             * @typedef {Object} tfplugin6.Schema.NestedBlock.$Properties
             * @property {string|null} [typeName] NestedBlock typeName
             * @property {tfplugin6.Schema.Block.$Properties|null} [block] NestedBlock block
             * @property {tfplugin6.Schema.NestedBlock.NestingMode|null} [nesting] NestedBlock nesting
             * @property {number|null} [minItems] NestedBlock minItems
             * @property {number|null} [maxItems] NestedBlock maxItems
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NestedBlock.
             * @memberof tfplugin6.Schema
             * @interface INestedBlock
             * @augments tfplugin6.Schema.NestedBlock.$Properties
             * @deprecated Use tfplugin6.Schema.NestedBlock.$Properties instead.
             */

            /**
             * Shape of a NestedBlock.
             * @typedef {tfplugin6.Schema.NestedBlock.$Properties} tfplugin6.Schema.NestedBlock.$Shape
             */

            /**
             * Constructs a new NestedBlock.
             * @memberof tfplugin6.Schema
             * @classdesc Represents a NestedBlock.
             * @constructor
             * @param {tfplugin6.Schema.NestedBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NestedBlock = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NestedBlock typeName.
             * @member {string} typeName
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.typeName = "";

            /**
             * NestedBlock block.
             * @member {tfplugin6.Schema.Block.$Properties|null|undefined} block
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.block = null;

            /**
             * NestedBlock nesting.
             * @member {tfplugin6.Schema.NestedBlock.NestingMode} nesting
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.nesting = 0;

            /**
             * NestedBlock minItems.
             * @member {number} minItems
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NestedBlock maxItems.
             * @member {number} maxItems
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified NestedBlock message. Does not implicitly {@link tfplugin6.Schema.NestedBlock.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {tfplugin6.Schema.NestedBlock.$Properties} message NestedBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NestedBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.nesting != null && $Object.hasOwnProperty.call(message, "nesting") && message.nesting !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.nesting);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.minItems);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.maxItems);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NestedBlock message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape} NestedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NestedBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.NestedBlock();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nesting = value;
                            else
                                delete message.nesting;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * NestingMode enum.
             * @name tfplugin6.Schema.NestedBlock.NestingMode
             * @enum {number}
             * @property {number} INVALID=0 INVALID value
             * @property {number} SINGLE=1 SINGLE value
             * @property {number} LIST=2 LIST value
             * @property {number} SET=3 SET value
             * @property {number} MAP=4 MAP value
             * @property {number} GROUP=5 GROUP value
             */
            NestedBlock.NestingMode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                values[valuesById[5] = "GROUP"] = 5;
                return values;
            })();

            return NestedBlock;
        })();

        Schema.Object = (function() {

            /**
             * Properties of an Object.
             * @typedef {Object} tfplugin6.Schema.Object.$Properties
             * @property {Array.<tfplugin6.Schema.Attribute.$Properties>|null} [attributes] Object attributes
             * @property {tfplugin6.Schema.Object.NestingMode|null} [nesting] Object nesting
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Object.
             * @memberof tfplugin6.Schema
             * @interface IObject
             * @augments tfplugin6.Schema.Object.$Properties
             * @deprecated Use tfplugin6.Schema.Object.$Properties instead.
             */

            /**
             * Shape of an Object.
             * @typedef {tfplugin6.Schema.Object.$Properties} tfplugin6.Schema.Object.$Shape
             */

            /**
             * Constructs a new Object.
             * @memberof tfplugin6.Schema
             * @classdesc Represents an Object.
             * @constructor
             * @param {tfplugin6.Schema.Object.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Object = function (properties) {
                this.attributes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Object attributes.
             * @member {Array.<tfplugin6.Schema.Attribute.$Properties>} attributes
             * @memberof tfplugin6.Schema.Object
             * @instance
             */
            Object.prototype.attributes = $util.emptyArray;

            /**
             * Object nesting.
             * @member {tfplugin6.Schema.Object.NestingMode} nesting
             * @memberof tfplugin6.Schema.Object
             * @instance
             */
            Object.prototype.nesting = 0;

            /**
             * Encodes the specified Object message. Does not implicitly {@link tfplugin6.Schema.Object.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {tfplugin6.Schema.Object.$Properties} message Object message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Object.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nesting != null && $Object.hasOwnProperty.call(message, "nesting") && message.nesting !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.nesting);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Object message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape} Object
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Object.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Object();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nesting = value;
                            else
                                delete message.nesting;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * NestingMode enum.
             * @name tfplugin6.Schema.Object.NestingMode
             * @enum {number}
             * @property {number} INVALID=0 INVALID value
             * @property {number} SINGLE=1 SINGLE value
             * @property {number} LIST=2 LIST value
             * @property {number} SET=3 SET value
             * @property {number} MAP=4 MAP value
             */
            Object.NestingMode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                return values;
            })();

            return Object;
        })();

        return Schema;
    })();

    tfplugin6.ServerCapabilities = (function() {

        /**
         * Properties of a ServerCapabilities.
         * @typedef {Object} tfplugin6.ServerCapabilities.$Properties
         * @property {boolean|null} [planDestroy] ServerCapabilities planDestroy
         * @property {boolean|null} [getProviderSchemaOptional] ServerCapabilities getProviderSchemaOptional
         * @property {boolean|null} [moveResourceState] ServerCapabilities moveResourceState
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerCapabilities.
         * @memberof tfplugin6
         * @interface IServerCapabilities
         * @augments tfplugin6.ServerCapabilities.$Properties
         * @deprecated Use tfplugin6.ServerCapabilities.$Properties instead.
         */

        /**
         * Shape of a ServerCapabilities.
         * @typedef {tfplugin6.ServerCapabilities.$Properties} tfplugin6.ServerCapabilities.$Shape
         */

        /**
         * Constructs a new ServerCapabilities.
         * @memberof tfplugin6
         * @classdesc Represents a ServerCapabilities.
         * @constructor
         * @param {tfplugin6.ServerCapabilities.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ServerCapabilities = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerCapabilities planDestroy.
         * @member {boolean} planDestroy
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.planDestroy = false;

        /**
         * ServerCapabilities getProviderSchemaOptional.
         * @member {boolean} getProviderSchemaOptional
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.getProviderSchemaOptional = false;

        /**
         * ServerCapabilities moveResourceState.
         * @member {boolean} moveResourceState
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.moveResourceState = false;

        /**
         * Encodes the specified ServerCapabilities message. Does not implicitly {@link tfplugin6.ServerCapabilities.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {tfplugin6.ServerCapabilities.$Properties} message ServerCapabilities message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerCapabilities.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.planDestroy != null && $Object.hasOwnProperty.call(message, "planDestroy") && message.planDestroy !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.planDestroy);
            if (message.getProviderSchemaOptional != null && $Object.hasOwnProperty.call(message, "getProviderSchemaOptional") && message.getProviderSchemaOptional !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.getProviderSchemaOptional);
            if (message.moveResourceState != null && $Object.hasOwnProperty.call(message, "moveResourceState") && message.moveResourceState !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.moveResourceState);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ServerCapabilities message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape} ServerCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerCapabilities.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ServerCapabilities();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.planDestroy = value;
                        else
                            delete message.planDestroy;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.getProviderSchemaOptional = value;
                        else
                            delete message.getProviderSchemaOptional;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.moveResourceState = value;
                        else
                            delete message.moveResourceState;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ServerCapabilities;
    })();

    tfplugin6.ClientCapabilities = (function() {

        /**
         * Properties of a ClientCapabilities.
         * @typedef {Object} tfplugin6.ClientCapabilities.$Properties
         * @property {boolean|null} [deferralAllowed] ClientCapabilities deferralAllowed
         * @property {boolean|null} [writeOnlyAttributesAllowed] ClientCapabilities writeOnlyAttributesAllowed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientCapabilities.
         * @memberof tfplugin6
         * @interface IClientCapabilities
         * @augments tfplugin6.ClientCapabilities.$Properties
         * @deprecated Use tfplugin6.ClientCapabilities.$Properties instead.
         */

        /**
         * Shape of a ClientCapabilities.
         * @typedef {tfplugin6.ClientCapabilities.$Properties} tfplugin6.ClientCapabilities.$Shape
         */

        /**
         * Constructs a new ClientCapabilities.
         * @memberof tfplugin6
         * @classdesc Represents a ClientCapabilities.
         * @constructor
         * @param {tfplugin6.ClientCapabilities.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ClientCapabilities = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientCapabilities deferralAllowed.
         * @member {boolean} deferralAllowed
         * @memberof tfplugin6.ClientCapabilities
         * @instance
         */
        ClientCapabilities.prototype.deferralAllowed = false;

        /**
         * ClientCapabilities writeOnlyAttributesAllowed.
         * @member {boolean} writeOnlyAttributesAllowed
         * @memberof tfplugin6.ClientCapabilities
         * @instance
         */
        ClientCapabilities.prototype.writeOnlyAttributesAllowed = false;

        /**
         * Encodes the specified ClientCapabilities message. Does not implicitly {@link tfplugin6.ClientCapabilities.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {tfplugin6.ClientCapabilities.$Properties} message ClientCapabilities message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientCapabilities.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.deferralAllowed != null && $Object.hasOwnProperty.call(message, "deferralAllowed") && message.deferralAllowed !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.deferralAllowed);
            if (message.writeOnlyAttributesAllowed != null && $Object.hasOwnProperty.call(message, "writeOnlyAttributesAllowed") && message.writeOnlyAttributesAllowed !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.writeOnlyAttributesAllowed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ClientCapabilities message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape} ClientCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientCapabilities.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ClientCapabilities();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.deferralAllowed = value;
                        else
                            delete message.deferralAllowed;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.writeOnlyAttributesAllowed = value;
                        else
                            delete message.writeOnlyAttributesAllowed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ClientCapabilities;
    })();

    tfplugin6.RawState = (function() {

        /**
         * Properties of a RawState.
         * @typedef {Object} tfplugin6.RawState.$Properties
         * @property {Uint8Array|null} [json] RawState json
         * @property {Object.<string,string>|null} [flatmap] RawState flatmap
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RawState.
         * @memberof tfplugin6
         * @interface IRawState
         * @augments tfplugin6.RawState.$Properties
         * @deprecated Use tfplugin6.RawState.$Properties instead.
         */

        /**
         * Shape of a RawState.
         * @typedef {tfplugin6.RawState.$Properties} tfplugin6.RawState.$Shape
         */

        /**
         * Constructs a new RawState.
         * @memberof tfplugin6
         * @classdesc Represents a RawState.
         * @constructor
         * @param {tfplugin6.RawState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var RawState = function (properties) {
            this.flatmap = {};
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RawState json.
         * @member {Uint8Array} json
         * @memberof tfplugin6.RawState
         * @instance
         */
        RawState.prototype.json = $util.newBuffer([]);

        /**
         * RawState flatmap.
         * @member {Object.<string,string>} flatmap
         * @memberof tfplugin6.RawState
         * @instance
         */
        RawState.prototype.flatmap = $util.emptyObject;

        /**
         * Encodes the specified RawState message. Does not implicitly {@link tfplugin6.RawState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.RawState
         * @static
         * @param {tfplugin6.RawState.$Properties} message RawState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RawState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.json);
            if (message.flatmap != null && $Object.hasOwnProperty.call(message, "flatmap"))
                for (var keys = $Object.keys(message.flatmap), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.flatmap[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RawState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.RawState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.RawState & tfplugin6.RawState.$Shape} RawState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RawState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.RawState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.json = value;
                        else
                            delete message.json;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.flatmap === $util.emptyObject)
                            message.flatmap = {};
                        var end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.flatmap, key);
                        message.flatmap[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RawState;
    })();

    tfplugin6.Function = (function() {

        /**
         * Properties of a Function.
         * @typedef {Object} tfplugin6.Function.$Properties
         * @property {Array.<tfplugin6.Function.Parameter.$Properties>|null} [parameters] Function parameters
         * @property {tfplugin6.Function.Parameter.$Properties|null} [variadicParameter] Function variadicParameter
         * @property {tfplugin6.Function.Return.$Properties|null} ["return"] Function return
         * @property {string|null} [summary] Function summary
         * @property {string|null} [description] Function description
         * @property {tfplugin6.StringKind|null} [descriptionKind] Function descriptionKind
         * @property {string|null} [deprecationMessage] Function deprecationMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Function.
         * @memberof tfplugin6
         * @interface IFunction
         * @augments tfplugin6.Function.$Properties
         * @deprecated Use tfplugin6.Function.$Properties instead.
         */

        /**
         * Shape of a Function.
         * @typedef {tfplugin6.Function.$Properties} tfplugin6.Function.$Shape
         */

        /**
         * Constructs a new Function.
         * @memberof tfplugin6
         * @classdesc Represents a Function.
         * @constructor
         * @param {tfplugin6.Function.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Function = function (properties) {
            this.parameters = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Function parameters.
         * @member {Array.<tfplugin6.Function.Parameter.$Properties>} parameters
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.parameters = $util.emptyArray;

        /**
         * Function variadicParameter.
         * @member {tfplugin6.Function.Parameter.$Properties|null|undefined} variadicParameter
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.variadicParameter = null;

        /**
         * Function return.
         * @member {tfplugin6.Function.Return.$Properties|null|undefined} return
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype["return"] = null;

        /**
         * Function summary.
         * @member {string} summary
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.summary = "";

        /**
         * Function description.
         * @member {string} description
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.description = "";

        /**
         * Function descriptionKind.
         * @member {tfplugin6.StringKind} descriptionKind
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.descriptionKind = 0;

        /**
         * Function deprecationMessage.
         * @member {string} deprecationMessage
         * @memberof tfplugin6.Function
         * @instance
         */
        Function.prototype.deprecationMessage = "";

        /**
         * Encodes the specified Function message. Does not implicitly {@link tfplugin6.Function.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.Function
         * @static
         * @param {tfplugin6.Function.$Properties} message Function message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Function.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.parameters != null && message.parameters.length)
                for (var i = 0; i < message.parameters.length; ++i)
                    $root.tfplugin6.Function.Parameter.encode(message.parameters[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.variadicParameter != null && $Object.hasOwnProperty.call(message, "variadicParameter"))
                $root.tfplugin6.Function.Parameter.encode(message.variadicParameter, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message["return"] != null && $Object.hasOwnProperty.call(message, "return"))
                $root.tfplugin6.Function.Return.encode(message["return"], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.summary);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
            if (message.descriptionKind != null && $Object.hasOwnProperty.call(message, "descriptionKind") && message.descriptionKind !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.descriptionKind);
            if (message.deprecationMessage != null && $Object.hasOwnProperty.call(message, "deprecationMessage") && message.deprecationMessage !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.deprecationMessage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Function message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.Function
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.Function & tfplugin6.Function.$Shape} Function
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Function.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.Function();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.parameters && message.parameters.length))
                            message.parameters = [];
                        message.parameters.push($root.tfplugin6.Function.Parameter.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.variadicParameter = $root.tfplugin6.Function.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.variadicParameter);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message["return"] = $root.tfplugin6.Function.Return.decode(reader, reader.size(), $undefined, _depth + 1, message["return"]);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summary = value;
                        else
                            delete message.summary;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.descriptionKind = value;
                        else
                            delete message.descriptionKind;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deprecationMessage = value;
                        else
                            delete message.deprecationMessage;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Function.Parameter = (function() {

            /**
             * Properties of a Parameter.
             * @typedef {Object} tfplugin6.Function.Parameter.$Properties
             * @property {string|null} [name] Parameter name
             * @property {Uint8Array|null} [type] Parameter type
             * @property {boolean|null} [allowNullValue] Parameter allowNullValue
             * @property {boolean|null} [allowUnknownValues] Parameter allowUnknownValues
             * @property {string|null} [description] Parameter description
             * @property {tfplugin6.StringKind|null} [descriptionKind] Parameter descriptionKind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Parameter.
             * @memberof tfplugin6.Function
             * @interface IParameter
             * @augments tfplugin6.Function.Parameter.$Properties
             * @deprecated Use tfplugin6.Function.Parameter.$Properties instead.
             */

            /**
             * Shape of a Parameter.
             * @typedef {tfplugin6.Function.Parameter.$Properties} tfplugin6.Function.Parameter.$Shape
             */

            /**
             * Constructs a new Parameter.
             * @memberof tfplugin6.Function
             * @classdesc Represents a Parameter.
             * @constructor
             * @param {tfplugin6.Function.Parameter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Parameter = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Parameter name.
             * @member {string} name
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.name = "";

            /**
             * Parameter type.
             * @member {Uint8Array} type
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.type = $util.newBuffer([]);

            /**
             * Parameter allowNullValue.
             * @member {boolean} allowNullValue
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.allowNullValue = false;

            /**
             * Parameter allowUnknownValues.
             * @member {boolean} allowUnknownValues
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.allowUnknownValues = false;

            /**
             * Parameter description.
             * @member {string} description
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.description = "";

            /**
             * Parameter descriptionKind.
             * @member {tfplugin6.StringKind} descriptionKind
             * @memberof tfplugin6.Function.Parameter
             * @instance
             */
            Parameter.prototype.descriptionKind = 0;

            /**
             * Encodes the specified Parameter message. Does not implicitly {@link tfplugin6.Function.Parameter.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Function.Parameter
             * @static
             * @param {tfplugin6.Function.Parameter.$Properties} message Parameter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Parameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.type);
                if (message.allowNullValue != null && $Object.hasOwnProperty.call(message, "allowNullValue") && message.allowNullValue !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.allowNullValue);
                if (message.allowUnknownValues != null && $Object.hasOwnProperty.call(message, "allowUnknownValues") && message.allowUnknownValues !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.allowUnknownValues);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                if (message.descriptionKind != null && $Object.hasOwnProperty.call(message, "descriptionKind") && message.descriptionKind !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.descriptionKind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Parameter message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Function.Parameter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Function.Parameter & tfplugin6.Function.Parameter.$Shape} Parameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Parameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Function.Parameter();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowNullValue = value;
                            else
                                delete message.allowNullValue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowUnknownValues = value;
                            else
                                delete message.allowUnknownValues;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.descriptionKind = value;
                            else
                                delete message.descriptionKind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Parameter;
        })();

        Function.Return = (function() {

            /**
             * Properties of a Return.
             * @typedef {Object} tfplugin6.Function.Return.$Properties
             * @property {Uint8Array|null} [type] Return type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Return.
             * @memberof tfplugin6.Function
             * @interface IReturn
             * @augments tfplugin6.Function.Return.$Properties
             * @deprecated Use tfplugin6.Function.Return.$Properties instead.
             */

            /**
             * Shape of a Return.
             * @typedef {tfplugin6.Function.Return.$Properties} tfplugin6.Function.Return.$Shape
             */

            /**
             * Constructs a new Return.
             * @memberof tfplugin6.Function
             * @classdesc Represents a Return.
             * @constructor
             * @param {tfplugin6.Function.Return.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Return = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Return type.
             * @member {Uint8Array} type
             * @memberof tfplugin6.Function.Return
             * @instance
             */
            Return.prototype.type = $util.newBuffer([]);

            /**
             * Encodes the specified Return message. Does not implicitly {@link tfplugin6.Function.Return.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Function.Return
             * @static
             * @param {tfplugin6.Function.Return.$Properties} message Return message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Return.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Return message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Function.Return
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Function.Return & tfplugin6.Function.Return.$Shape} Return
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Return.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Function.Return();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Return;
        })();

        return Function;
    })();

    tfplugin6.ResourceIdentitySchema = (function() {

        /**
         * Properties of a ResourceIdentitySchema.
         * @typedef {Object} tfplugin6.ResourceIdentitySchema.$Properties
         * @property {number|null} [version] ResourceIdentitySchema version
         * @property {Array.<tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties>|null} [identityAttributes] ResourceIdentitySchema identityAttributes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResourceIdentitySchema.
         * @memberof tfplugin6
         * @interface IResourceIdentitySchema
         * @augments tfplugin6.ResourceIdentitySchema.$Properties
         * @deprecated Use tfplugin6.ResourceIdentitySchema.$Properties instead.
         */

        /**
         * Shape of a ResourceIdentitySchema.
         * @typedef {tfplugin6.ResourceIdentitySchema.$Properties} tfplugin6.ResourceIdentitySchema.$Shape
         */

        /**
         * Constructs a new ResourceIdentitySchema.
         * @memberof tfplugin6
         * @classdesc Represents a ResourceIdentitySchema.
         * @constructor
         * @param {tfplugin6.ResourceIdentitySchema.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ResourceIdentitySchema = function (properties) {
            this.identityAttributes = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ResourceIdentitySchema version.
         * @member {number} version
         * @memberof tfplugin6.ResourceIdentitySchema
         * @instance
         */
        ResourceIdentitySchema.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ResourceIdentitySchema identityAttributes.
         * @member {Array.<tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties>} identityAttributes
         * @memberof tfplugin6.ResourceIdentitySchema
         * @instance
         */
        ResourceIdentitySchema.prototype.identityAttributes = $util.emptyArray;

        /**
         * Encodes the specified ResourceIdentitySchema message. Does not implicitly {@link tfplugin6.ResourceIdentitySchema.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ResourceIdentitySchema
         * @static
         * @param {tfplugin6.ResourceIdentitySchema.$Properties} message ResourceIdentitySchema message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResourceIdentitySchema.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.version);
            if (message.identityAttributes != null && message.identityAttributes.length)
                for (var i = 0; i < message.identityAttributes.length; ++i)
                    $root.tfplugin6.ResourceIdentitySchema.IdentityAttribute.encode(message.identityAttributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ResourceIdentitySchema message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ResourceIdentitySchema
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ResourceIdentitySchema & tfplugin6.ResourceIdentitySchema.$Shape} ResourceIdentitySchema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResourceIdentitySchema.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ResourceIdentitySchema();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.identityAttributes && message.identityAttributes.length))
                            message.identityAttributes = [];
                        message.identityAttributes.push($root.tfplugin6.ResourceIdentitySchema.IdentityAttribute.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ResourceIdentitySchema.IdentityAttribute = (function() {

            /**
             * Properties of an IdentityAttribute.
             * @typedef {Object} tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties
             * @property {string|null} [name] IdentityAttribute name
             * @property {Uint8Array|null} [type] IdentityAttribute type
             * @property {boolean|null} [requiredForImport] IdentityAttribute requiredForImport
             * @property {boolean|null} [optionalForImport] IdentityAttribute optionalForImport
             * @property {string|null} [description] IdentityAttribute description
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentityAttribute.
             * @memberof tfplugin6.ResourceIdentitySchema
             * @interface IIdentityAttribute
             * @augments tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties
             * @deprecated Use tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties instead.
             */

            /**
             * Shape of an IdentityAttribute.
             * @typedef {tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties} tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Shape
             */

            /**
             * Constructs a new IdentityAttribute.
             * @memberof tfplugin6.ResourceIdentitySchema
             * @classdesc Represents an IdentityAttribute.
             * @constructor
             * @param {tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IdentityAttribute = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentityAttribute name.
             * @member {string} name
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @instance
             */
            IdentityAttribute.prototype.name = "";

            /**
             * IdentityAttribute type.
             * @member {Uint8Array} type
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @instance
             */
            IdentityAttribute.prototype.type = $util.newBuffer([]);

            /**
             * IdentityAttribute requiredForImport.
             * @member {boolean} requiredForImport
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @instance
             */
            IdentityAttribute.prototype.requiredForImport = false;

            /**
             * IdentityAttribute optionalForImport.
             * @member {boolean} optionalForImport
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @instance
             */
            IdentityAttribute.prototype.optionalForImport = false;

            /**
             * IdentityAttribute description.
             * @member {string} description
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @instance
             */
            IdentityAttribute.prototype.description = "";

            /**
             * Encodes the specified IdentityAttribute message. Does not implicitly {@link tfplugin6.ResourceIdentitySchema.IdentityAttribute.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @static
             * @param {tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Properties} message IdentityAttribute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentityAttribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.type);
                if (message.requiredForImport != null && $Object.hasOwnProperty.call(message, "requiredForImport") && message.requiredForImport !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.requiredForImport);
                if (message.optionalForImport != null && $Object.hasOwnProperty.call(message, "optionalForImport") && message.optionalForImport !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.optionalForImport);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentityAttribute message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ResourceIdentitySchema.IdentityAttribute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ResourceIdentitySchema.IdentityAttribute & tfplugin6.ResourceIdentitySchema.IdentityAttribute.$Shape} IdentityAttribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentityAttribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ResourceIdentitySchema.IdentityAttribute();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.requiredForImport = value;
                            else
                                delete message.requiredForImport;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.optionalForImport = value;
                            else
                                delete message.optionalForImport;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return IdentityAttribute;
        })();

        return ResourceIdentitySchema;
    })();

    tfplugin6.GetMetadata = (function() {

        /**
         * Properties of a GetMetadata.
         * @typedef {Object} tfplugin6.GetMetadata.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetMetadata.
         * @memberof tfplugin6
         * @interface IGetMetadata
         * @augments tfplugin6.GetMetadata.$Properties
         * @deprecated Use tfplugin6.GetMetadata.$Properties instead.
         */

        /**
         * Shape of a GetMetadata.
         * @typedef {tfplugin6.GetMetadata.$Properties} tfplugin6.GetMetadata.$Shape
         */

        /**
         * Constructs a new GetMetadata.
         * @memberof tfplugin6
         * @classdesc Represents a GetMetadata.
         * @constructor
         * @param {tfplugin6.GetMetadata.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetMetadata = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GetMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {tfplugin6.GetMetadata.$Properties} message GetMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape} GetMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetMetadata();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetMetadata.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetMetadata.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetMetadata
             * @interface IRequest
             * @augments tfplugin6.GetMetadata.Request.$Properties
             * @deprecated Use tfplugin6.GetMetadata.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetMetadata.Request.$Properties} tfplugin6.GetMetadata.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetMetadata.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetMetadata.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {tfplugin6.GetMetadata.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        GetMetadata.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetMetadata.Response.$Properties
             * @property {tfplugin6.ServerCapabilities.$Properties|null} [serverCapabilities] Response serverCapabilities
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Properties>|null} [dataSources] Response dataSources
             * @property {Array.<tfplugin6.GetMetadata.ResourceMetadata.$Properties>|null} [resources] Response resources
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetMetadata
             * @interface IResponse
             * @augments tfplugin6.GetMetadata.Response.$Properties
             * @deprecated Use tfplugin6.GetMetadata.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   serverCapabilities?: tfplugin6.ServerCapabilities.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   dataSources?: Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Shape>|null;
             *   resources?: Array.<tfplugin6.GetMetadata.ResourceMetadata.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetMetadata.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetMetadata.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                this.dataSources = [];
                this.resources = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response serverCapabilities.
             * @member {tfplugin6.ServerCapabilities.$Properties|null|undefined} serverCapabilities
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.serverCapabilities = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response dataSources.
             * @member {Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Properties>} dataSources
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.dataSources = $util.emptyArray;

            /**
             * Response resources.
             * @member {Array.<tfplugin6.GetMetadata.ResourceMetadata.$Properties>} resources
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.resources = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetMetadata.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {tfplugin6.GetMetadata.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverCapabilities != null && $Object.hasOwnProperty.call(message, "serverCapabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.serverCapabilities, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.dataSources != null && message.dataSources.length)
                    for (var i = 0; i < message.dataSources.length; ++i)
                        $root.tfplugin6.GetMetadata.DataSourceMetadata.encode(message.dataSources[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (var i = 0; i < message.resources.length; ++i)
                        $root.tfplugin6.GetMetadata.ResourceMetadata.encode(message.resources[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.serverCapabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.serverCapabilities);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dataSources && message.dataSources.length))
                                message.dataSources = [];
                            message.dataSources.push($root.tfplugin6.GetMetadata.DataSourceMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.tfplugin6.GetMetadata.ResourceMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        GetMetadata.DataSourceMetadata = (function() {

            /**
             * Properties of a DataSourceMetadata.
             * @typedef {Object} tfplugin6.GetMetadata.DataSourceMetadata.$Properties
             * @property {string|null} [typeName] DataSourceMetadata typeName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataSourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @interface IDataSourceMetadata
             * @augments tfplugin6.GetMetadata.DataSourceMetadata.$Properties
             * @deprecated Use tfplugin6.GetMetadata.DataSourceMetadata.$Properties instead.
             */

            /**
             * Shape of a DataSourceMetadata.
             * @typedef {tfplugin6.GetMetadata.DataSourceMetadata.$Properties} tfplugin6.GetMetadata.DataSourceMetadata.$Shape
             */

            /**
             * Constructs a new DataSourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a DataSourceMetadata.
             * @constructor
             * @param {tfplugin6.GetMetadata.DataSourceMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DataSourceMetadata = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataSourceMetadata typeName.
             * @member {string} typeName
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @instance
             */
            DataSourceMetadata.prototype.typeName = "";

            /**
             * Encodes the specified DataSourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.DataSourceMetadata.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.DataSourceMetadata.$Properties} message DataSourceMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataSourceMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataSourceMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape} DataSourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataSourceMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.DataSourceMetadata();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DataSourceMetadata;
        })();

        GetMetadata.ResourceMetadata = (function() {

            /**
             * Properties of a ResourceMetadata.
             * @typedef {Object} tfplugin6.GetMetadata.ResourceMetadata.$Properties
             * @property {string|null} [typeName] ResourceMetadata typeName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @interface IResourceMetadata
             * @augments tfplugin6.GetMetadata.ResourceMetadata.$Properties
             * @deprecated Use tfplugin6.GetMetadata.ResourceMetadata.$Properties instead.
             */

            /**
             * Shape of a ResourceMetadata.
             * @typedef {tfplugin6.GetMetadata.ResourceMetadata.$Properties} tfplugin6.GetMetadata.ResourceMetadata.$Shape
             */

            /**
             * Constructs a new ResourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a ResourceMetadata.
             * @constructor
             * @param {tfplugin6.GetMetadata.ResourceMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResourceMetadata = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceMetadata typeName.
             * @member {string} typeName
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @instance
             */
            ResourceMetadata.prototype.typeName = "";

            /**
             * Encodes the specified ResourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.ResourceMetadata.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.ResourceMetadata.$Properties} message ResourceMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResourceMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape} ResourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.ResourceMetadata();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResourceMetadata;
        })();

        return GetMetadata;
    })();

    tfplugin6.GetProviderSchema = (function() {

        /**
         * Properties of a GetProviderSchema.
         * @typedef {Object} tfplugin6.GetProviderSchema.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetProviderSchema.
         * @memberof tfplugin6
         * @interface IGetProviderSchema
         * @augments tfplugin6.GetProviderSchema.$Properties
         * @deprecated Use tfplugin6.GetProviderSchema.$Properties instead.
         */

        /**
         * Shape of a GetProviderSchema.
         * @typedef {tfplugin6.GetProviderSchema.$Properties} tfplugin6.GetProviderSchema.$Shape
         */

        /**
         * Constructs a new GetProviderSchema.
         * @memberof tfplugin6
         * @classdesc Represents a GetProviderSchema.
         * @constructor
         * @param {tfplugin6.GetProviderSchema.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetProviderSchema = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GetProviderSchema message. Does not implicitly {@link tfplugin6.GetProviderSchema.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {tfplugin6.GetProviderSchema.$Properties} message GetProviderSchema message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetProviderSchema.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetProviderSchema message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape} GetProviderSchema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetProviderSchema.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetProviderSchema();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetProviderSchema.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetProviderSchema.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetProviderSchema
             * @interface IRequest
             * @augments tfplugin6.GetProviderSchema.Request.$Properties
             * @deprecated Use tfplugin6.GetProviderSchema.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetProviderSchema.Request.$Properties} tfplugin6.GetProviderSchema.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetProviderSchema
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetProviderSchema.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetProviderSchema.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {tfplugin6.GetProviderSchema.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetProviderSchema.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        GetProviderSchema.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetProviderSchema.Response.$Properties
             * @property {tfplugin6.Schema.$Properties|null} [provider] Response provider
             * @property {Object.<string,tfplugin6.Schema.$Properties>|null} [resourceSchemas] Response resourceSchemas
             * @property {Object.<string,tfplugin6.Schema.$Properties>|null} [dataSourceSchemas] Response dataSourceSchemas
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {tfplugin6.Schema.$Properties|null} [providerMeta] Response providerMeta
             * @property {tfplugin6.ServerCapabilities.$Properties|null} [serverCapabilities] Response serverCapabilities
             * @property {Object.<string,tfplugin6.Function.$Properties>|null} [functions] Response functions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetProviderSchema
             * @interface IResponse
             * @augments tfplugin6.GetProviderSchema.Response.$Properties
             * @deprecated Use tfplugin6.GetProviderSchema.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   provider?: tfplugin6.Schema.$Shape|null;
             *   resourceSchemas?: Object.<string,tfplugin6.Schema.$Shape>|null;
             *   dataSourceSchemas?: Object.<string,tfplugin6.Schema.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   providerMeta?: tfplugin6.Schema.$Shape|null;
             *   serverCapabilities?: tfplugin6.ServerCapabilities.$Shape|null;
             *   functions?: Object.<string,tfplugin6.Function.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetProviderSchema.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetProviderSchema
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetProviderSchema.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.resourceSchemas = {};
                this.dataSourceSchemas = {};
                this.diagnostics = [];
                this.functions = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response provider.
             * @member {tfplugin6.Schema.$Properties|null|undefined} provider
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.provider = null;

            /**
             * Response resourceSchemas.
             * @member {Object.<string,tfplugin6.Schema.$Properties>} resourceSchemas
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.resourceSchemas = $util.emptyObject;

            /**
             * Response dataSourceSchemas.
             * @member {Object.<string,tfplugin6.Schema.$Properties>} dataSourceSchemas
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.dataSourceSchemas = $util.emptyObject;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response providerMeta.
             * @member {tfplugin6.Schema.$Properties|null|undefined} providerMeta
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.providerMeta = null;

            /**
             * Response serverCapabilities.
             * @member {tfplugin6.ServerCapabilities.$Properties|null|undefined} serverCapabilities
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.serverCapabilities = null;

            /**
             * Response functions.
             * @member {Object.<string,tfplugin6.Function.$Properties>} functions
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.functions = $util.emptyObject;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetProviderSchema.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {tfplugin6.GetProviderSchema.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    $root.tfplugin6.Schema.encode(message.provider, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.resourceSchemas != null && $Object.hasOwnProperty.call(message, "resourceSchemas"))
                    for (var keys = $Object.keys(message.resourceSchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.resourceSchemas[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.dataSourceSchemas != null && $Object.hasOwnProperty.call(message, "dataSourceSchemas"))
                    for (var keys = $Object.keys(message.dataSourceSchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.dataSourceSchemas[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.providerMeta != null && $Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.Schema.encode(message.providerMeta, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.serverCapabilities != null && $Object.hasOwnProperty.call(message, "serverCapabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.serverCapabilities, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.functions != null && $Object.hasOwnProperty.call(message, "functions"))
                    for (var keys = $Object.keys(message.functions), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Function.encode(message.functions[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetProviderSchema.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.provider = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.provider);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.resourceSchemas === $util.emptyObject)
                                message.resourceSchemas = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.resourceSchemas, key);
                            message.resourceSchemas[key] = value || new $root.tfplugin6.Schema();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.dataSourceSchemas === $util.emptyObject)
                                message.dataSourceSchemas = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.dataSourceSchemas, key);
                            message.dataSourceSchemas[key] = value || new $root.tfplugin6.Schema();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.providerMeta = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.providerMeta);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.serverCapabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.serverCapabilities);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.functions === $util.emptyObject)
                                message.functions = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Function.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.functions, key);
                            message.functions[key] = value || new $root.tfplugin6.Function();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return GetProviderSchema;
    })();

    tfplugin6.GetFunctions = (function() {

        /**
         * Properties of a GetFunctions.
         * @typedef {Object} tfplugin6.GetFunctions.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetFunctions.
         * @memberof tfplugin6
         * @interface IGetFunctions
         * @augments tfplugin6.GetFunctions.$Properties
         * @deprecated Use tfplugin6.GetFunctions.$Properties instead.
         */

        /**
         * Shape of a GetFunctions.
         * @typedef {tfplugin6.GetFunctions.$Properties} tfplugin6.GetFunctions.$Shape
         */

        /**
         * Constructs a new GetFunctions.
         * @memberof tfplugin6
         * @classdesc Represents a GetFunctions.
         * @constructor
         * @param {tfplugin6.GetFunctions.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetFunctions = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GetFunctions message. Does not implicitly {@link tfplugin6.GetFunctions.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetFunctions
         * @static
         * @param {tfplugin6.GetFunctions.$Properties} message GetFunctions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetFunctions.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetFunctions message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetFunctions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetFunctions & tfplugin6.GetFunctions.$Shape} GetFunctions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetFunctions.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetFunctions();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetFunctions.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetFunctions.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetFunctions
             * @interface IRequest
             * @augments tfplugin6.GetFunctions.Request.$Properties
             * @deprecated Use tfplugin6.GetFunctions.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetFunctions.Request.$Properties} tfplugin6.GetFunctions.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetFunctions
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetFunctions.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetFunctions.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetFunctions.Request
             * @static
             * @param {tfplugin6.GetFunctions.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetFunctions.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetFunctions.Request & tfplugin6.GetFunctions.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetFunctions.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        GetFunctions.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetFunctions.Response.$Properties
             * @property {Object.<string,tfplugin6.Function.$Properties>|null} [functions] Response functions
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetFunctions
             * @interface IResponse
             * @augments tfplugin6.GetFunctions.Response.$Properties
             * @deprecated Use tfplugin6.GetFunctions.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   functions?: Object.<string,tfplugin6.Function.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetFunctions.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetFunctions
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetFunctions.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.functions = {};
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response functions.
             * @member {Object.<string,tfplugin6.Function.$Properties>} functions
             * @memberof tfplugin6.GetFunctions.Response
             * @instance
             */
            Response.prototype.functions = $util.emptyObject;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetFunctions.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetFunctions.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetFunctions.Response
             * @static
             * @param {tfplugin6.GetFunctions.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.functions != null && $Object.hasOwnProperty.call(message, "functions"))
                    for (var keys = $Object.keys(message.functions), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Function.encode(message.functions[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetFunctions.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetFunctions.Response & tfplugin6.GetFunctions.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetFunctions.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.functions === $util.emptyObject)
                                message.functions = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Function.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.functions, key);
                            message.functions[key] = value || new $root.tfplugin6.Function();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return GetFunctions;
    })();

    tfplugin6.GetResourceIdentitySchemas = (function() {

        /**
         * Properties of a GetResourceIdentitySchemas.
         * @typedef {Object} tfplugin6.GetResourceIdentitySchemas.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetResourceIdentitySchemas.
         * @memberof tfplugin6
         * @interface IGetResourceIdentitySchemas
         * @augments tfplugin6.GetResourceIdentitySchemas.$Properties
         * @deprecated Use tfplugin6.GetResourceIdentitySchemas.$Properties instead.
         */

        /**
         * Shape of a GetResourceIdentitySchemas.
         * @typedef {tfplugin6.GetResourceIdentitySchemas.$Properties} tfplugin6.GetResourceIdentitySchemas.$Shape
         */

        /**
         * Constructs a new GetResourceIdentitySchemas.
         * @memberof tfplugin6
         * @classdesc Represents a GetResourceIdentitySchemas.
         * @constructor
         * @param {tfplugin6.GetResourceIdentitySchemas.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetResourceIdentitySchemas = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GetResourceIdentitySchemas message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetResourceIdentitySchemas
         * @static
         * @param {tfplugin6.GetResourceIdentitySchemas.$Properties} message GetResourceIdentitySchemas message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetResourceIdentitySchemas.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetResourceIdentitySchemas message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetResourceIdentitySchemas
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetResourceIdentitySchemas & tfplugin6.GetResourceIdentitySchemas.$Shape} GetResourceIdentitySchemas
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetResourceIdentitySchemas.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetResourceIdentitySchemas();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetResourceIdentitySchemas.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetResourceIdentitySchemas.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetResourceIdentitySchemas
             * @interface IRequest
             * @augments tfplugin6.GetResourceIdentitySchemas.Request.$Properties
             * @deprecated Use tfplugin6.GetResourceIdentitySchemas.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetResourceIdentitySchemas.Request.$Properties} tfplugin6.GetResourceIdentitySchemas.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetResourceIdentitySchemas
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetResourceIdentitySchemas.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetResourceIdentitySchemas.Request
             * @static
             * @param {tfplugin6.GetResourceIdentitySchemas.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetResourceIdentitySchemas.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetResourceIdentitySchemas.Request & tfplugin6.GetResourceIdentitySchemas.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetResourceIdentitySchemas.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        GetResourceIdentitySchemas.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetResourceIdentitySchemas.Response.$Properties
             * @property {Object.<string,tfplugin6.ResourceIdentitySchema.$Properties>|null} [identitySchemas] Response identitySchemas
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetResourceIdentitySchemas
             * @interface IResponse
             * @augments tfplugin6.GetResourceIdentitySchemas.Response.$Properties
             * @deprecated Use tfplugin6.GetResourceIdentitySchemas.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   identitySchemas?: Object.<string,tfplugin6.ResourceIdentitySchema.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetResourceIdentitySchemas.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetResourceIdentitySchemas
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetResourceIdentitySchemas.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.identitySchemas = {};
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response identitySchemas.
             * @member {Object.<string,tfplugin6.ResourceIdentitySchema.$Properties>} identitySchemas
             * @memberof tfplugin6.GetResourceIdentitySchemas.Response
             * @instance
             */
            Response.prototype.identitySchemas = $util.emptyObject;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetResourceIdentitySchemas.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetResourceIdentitySchemas.Response
             * @static
             * @param {tfplugin6.GetResourceIdentitySchemas.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.identitySchemas != null && $Object.hasOwnProperty.call(message, "identitySchemas"))
                    for (var keys = $Object.keys(message.identitySchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.ResourceIdentitySchema.encode(message.identitySchemas[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetResourceIdentitySchemas.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetResourceIdentitySchemas.Response & tfplugin6.GetResourceIdentitySchemas.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetResourceIdentitySchemas.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.identitySchemas === $util.emptyObject)
                                message.identitySchemas = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.ResourceIdentitySchema.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.identitySchemas, key);
                            message.identitySchemas[key] = value || new $root.tfplugin6.ResourceIdentitySchema();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return GetResourceIdentitySchemas;
    })();

    tfplugin6.ValidateProviderConfig = (function() {

        /**
         * Properties of a ValidateProviderConfig.
         * @typedef {Object} tfplugin6.ValidateProviderConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateProviderConfig.
         * @memberof tfplugin6
         * @interface IValidateProviderConfig
         * @augments tfplugin6.ValidateProviderConfig.$Properties
         * @deprecated Use tfplugin6.ValidateProviderConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateProviderConfig.
         * @typedef {tfplugin6.ValidateProviderConfig.$Properties} tfplugin6.ValidateProviderConfig.$Shape
         */

        /**
         * Constructs a new ValidateProviderConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateProviderConfig.
         * @constructor
         * @param {tfplugin6.ValidateProviderConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateProviderConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ValidateProviderConfig message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {tfplugin6.ValidateProviderConfig.$Properties} message ValidateProviderConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateProviderConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateProviderConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape} ValidateProviderConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateProviderConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateProviderConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ValidateProviderConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateProviderConfig.Request.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateProviderConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateProviderConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateProviderConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateProviderConfig.Request.$Properties} tfplugin6.ValidateProviderConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateProviderConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateProviderConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateProviderConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ValidateProviderConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateProviderConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateProviderConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateProviderConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateProviderConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateProviderConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateProviderConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateProviderConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateProviderConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ValidateProviderConfig;
    })();

    tfplugin6.ConfigureProvider = (function() {

        /**
         * Properties of a ConfigureProvider.
         * @typedef {Object} tfplugin6.ConfigureProvider.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConfigureProvider.
         * @memberof tfplugin6
         * @interface IConfigureProvider
         * @augments tfplugin6.ConfigureProvider.$Properties
         * @deprecated Use tfplugin6.ConfigureProvider.$Properties instead.
         */

        /**
         * Shape of a ConfigureProvider.
         * @typedef {tfplugin6.ConfigureProvider.$Properties} tfplugin6.ConfigureProvider.$Shape
         */

        /**
         * Constructs a new ConfigureProvider.
         * @memberof tfplugin6
         * @classdesc Represents a ConfigureProvider.
         * @constructor
         * @param {tfplugin6.ConfigureProvider.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ConfigureProvider = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ConfigureProvider message. Does not implicitly {@link tfplugin6.ConfigureProvider.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {tfplugin6.ConfigureProvider.$Properties} message ConfigureProvider message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConfigureProvider.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConfigureProvider message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape} ConfigureProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConfigureProvider.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ConfigureProvider();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ConfigureProvider.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ConfigureProvider.Request.$Properties
             * @property {string|null} [terraformVersion] Request terraformVersion
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ConfigureProvider
             * @interface IRequest
             * @augments tfplugin6.ConfigureProvider.Request.$Properties
             * @deprecated Use tfplugin6.ConfigureProvider.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ConfigureProvider.Request.$Properties} tfplugin6.ConfigureProvider.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ConfigureProvider
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ConfigureProvider.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request terraformVersion.
             * @member {string} terraformVersion
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.terraformVersion = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ConfigureProvider.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {tfplugin6.ConfigureProvider.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.terraformVersion != null && $Object.hasOwnProperty.call(message, "terraformVersion") && message.terraformVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.terraformVersion);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ConfigureProvider.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.terraformVersion = value;
                            else
                                delete message.terraformVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ConfigureProvider.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ConfigureProvider.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ConfigureProvider
             * @interface IResponse
             * @augments tfplugin6.ConfigureProvider.Response.$Properties
             * @deprecated Use tfplugin6.ConfigureProvider.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ConfigureProvider.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ConfigureProvider
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ConfigureProvider.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ConfigureProvider.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ConfigureProvider.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {tfplugin6.ConfigureProvider.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ConfigureProvider.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ConfigureProvider;
    })();

    tfplugin6.ValidateResourceConfig = (function() {

        /**
         * Properties of a ValidateResourceConfig.
         * @typedef {Object} tfplugin6.ValidateResourceConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateResourceConfig.
         * @memberof tfplugin6
         * @interface IValidateResourceConfig
         * @augments tfplugin6.ValidateResourceConfig.$Properties
         * @deprecated Use tfplugin6.ValidateResourceConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateResourceConfig.
         * @typedef {tfplugin6.ValidateResourceConfig.$Properties} tfplugin6.ValidateResourceConfig.$Shape
         */

        /**
         * Constructs a new ValidateResourceConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateResourceConfig.
         * @constructor
         * @param {tfplugin6.ValidateResourceConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateResourceConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ValidateResourceConfig message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {tfplugin6.ValidateResourceConfig.$Properties} message ValidateResourceConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateResourceConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateResourceConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape} ValidateResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateResourceConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateResourceConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ValidateResourceConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateResourceConfig.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateResourceConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateResourceConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateResourceConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateResourceConfig.Request.$Properties} tfplugin6.ValidateResourceConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateResourceConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateResourceConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateResourceConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ValidateResourceConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateResourceConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateResourceConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateResourceConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateResourceConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateResourceConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateResourceConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateResourceConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateResourceConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ValidateResourceConfig;
    })();

    tfplugin6.ValidateDataResourceConfig = (function() {

        /**
         * Properties of a ValidateDataResourceConfig.
         * @typedef {Object} tfplugin6.ValidateDataResourceConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateDataResourceConfig.
         * @memberof tfplugin6
         * @interface IValidateDataResourceConfig
         * @augments tfplugin6.ValidateDataResourceConfig.$Properties
         * @deprecated Use tfplugin6.ValidateDataResourceConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateDataResourceConfig.
         * @typedef {tfplugin6.ValidateDataResourceConfig.$Properties} tfplugin6.ValidateDataResourceConfig.$Shape
         */

        /**
         * Constructs a new ValidateDataResourceConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateDataResourceConfig.
         * @constructor
         * @param {tfplugin6.ValidateDataResourceConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateDataResourceConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ValidateDataResourceConfig message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {tfplugin6.ValidateDataResourceConfig.$Properties} message ValidateDataResourceConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateDataResourceConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateDataResourceConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape} ValidateDataResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateDataResourceConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateDataResourceConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ValidateDataResourceConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateDataResourceConfig.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateDataResourceConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateDataResourceConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateDataResourceConfig.Request.$Properties} tfplugin6.ValidateDataResourceConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateDataResourceConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateDataResourceConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ValidateDataResourceConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateDataResourceConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateDataResourceConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateDataResourceConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateDataResourceConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateDataResourceConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateDataResourceConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ValidateDataResourceConfig;
    })();

    tfplugin6.UpgradeResourceState = (function() {

        /**
         * Properties of an UpgradeResourceState.
         * @typedef {Object} tfplugin6.UpgradeResourceState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UpgradeResourceState.
         * @memberof tfplugin6
         * @interface IUpgradeResourceState
         * @augments tfplugin6.UpgradeResourceState.$Properties
         * @deprecated Use tfplugin6.UpgradeResourceState.$Properties instead.
         */

        /**
         * Shape of an UpgradeResourceState.
         * @typedef {tfplugin6.UpgradeResourceState.$Properties} tfplugin6.UpgradeResourceState.$Shape
         */

        /**
         * Constructs a new UpgradeResourceState.
         * @memberof tfplugin6
         * @classdesc Represents an UpgradeResourceState.
         * @constructor
         * @param {tfplugin6.UpgradeResourceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var UpgradeResourceState = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified UpgradeResourceState message. Does not implicitly {@link tfplugin6.UpgradeResourceState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {tfplugin6.UpgradeResourceState.$Properties} message UpgradeResourceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpgradeResourceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UpgradeResourceState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape} UpgradeResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpgradeResourceState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.UpgradeResourceState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UpgradeResourceState.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.UpgradeResourceState.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {number|null} [version] Request version
             * @property {tfplugin6.RawState.$Properties|null} [rawState] Request rawState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.UpgradeResourceState
             * @interface IRequest
             * @augments tfplugin6.UpgradeResourceState.Request.$Properties
             * @deprecated Use tfplugin6.UpgradeResourceState.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.UpgradeResourceState.Request.$Properties} tfplugin6.UpgradeResourceState.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.UpgradeResourceState
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.UpgradeResourceState.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request version.
             * @member {number} version
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Request rawState.
             * @member {tfplugin6.RawState.$Properties|null|undefined} rawState
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.rawState = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {tfplugin6.UpgradeResourceState.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.version);
                if (message.rawState != null && $Object.hasOwnProperty.call(message, "rawState"))
                    $root.tfplugin6.RawState.encode(message.rawState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.UpgradeResourceState.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rawState = $root.tfplugin6.RawState.decode(reader, reader.size(), $undefined, _depth + 1, message.rawState);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        UpgradeResourceState.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.UpgradeResourceState.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [upgradedState] Response upgradedState
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.UpgradeResourceState
             * @interface IResponse
             * @augments tfplugin6.UpgradeResourceState.Response.$Properties
             * @deprecated Use tfplugin6.UpgradeResourceState.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   upgradedState?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.UpgradeResourceState.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.UpgradeResourceState
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.UpgradeResourceState.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response upgradedState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} upgradedState
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @instance
             */
            Response.prototype.upgradedState = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {tfplugin6.UpgradeResourceState.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.upgradedState != null && $Object.hasOwnProperty.call(message, "upgradedState"))
                    $root.tfplugin6.DynamicValue.encode(message.upgradedState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.UpgradeResourceState.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.upgradedState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.upgradedState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return UpgradeResourceState;
    })();

    tfplugin6.ReadResource = (function() {

        /**
         * Properties of a ReadResource.
         * @typedef {Object} tfplugin6.ReadResource.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadResource.
         * @memberof tfplugin6
         * @interface IReadResource
         * @augments tfplugin6.ReadResource.$Properties
         * @deprecated Use tfplugin6.ReadResource.$Properties instead.
         */

        /**
         * Shape of a ReadResource.
         * @typedef {tfplugin6.ReadResource.$Properties} tfplugin6.ReadResource.$Shape
         */

        /**
         * Constructs a new ReadResource.
         * @memberof tfplugin6
         * @classdesc Represents a ReadResource.
         * @constructor
         * @param {tfplugin6.ReadResource.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ReadResource = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ReadResource message. Does not implicitly {@link tfplugin6.ReadResource.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {tfplugin6.ReadResource.$Properties} message ReadResource message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadResource.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadResource message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape} ReadResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadResource.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ReadResource();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ReadResource.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ReadResource.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [currentState] Request currentState
             * @property {Uint8Array|null} ["private"] Request private
             * @property {tfplugin6.DynamicValue.$Properties|null} [providerMeta] Request providerMeta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ReadResource
             * @interface IRequest
             * @augments tfplugin6.ReadResource.Request.$Properties
             * @deprecated Use tfplugin6.ReadResource.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ReadResource.Request.$Properties} tfplugin6.ReadResource.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ReadResource
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ReadResource.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request currentState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} currentState
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.currentState = null;

            /**
             * Request private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype["private"] = $util.newBuffer([]);

            /**
             * Request providerMeta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} providerMeta
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.providerMeta = null;

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadResource.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {tfplugin6.ReadResource.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.currentState != null && $Object.hasOwnProperty.call(message, "currentState"))
                    $root.tfplugin6.DynamicValue.encode(message.currentState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.providerMeta != null && $Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadResource.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.currentState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.currentState);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.providerMeta);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ReadResource.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ReadResource.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [newState] Response newState
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Uint8Array|null} ["private"] Response private
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ReadResource
             * @interface IResponse
             * @augments tfplugin6.ReadResource.Response.$Properties
             * @deprecated Use tfplugin6.ReadResource.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   newState?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   "private"?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ReadResource.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ReadResource
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ReadResource.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response newState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} newState
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype.newState = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype["private"] = $util.newBuffer([]);

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadResource.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {tfplugin6.ReadResource.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.newState != null && $Object.hasOwnProperty.call(message, "newState"))
                    $root.tfplugin6.DynamicValue.encode(message.newState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadResource.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.newState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.newState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ReadResource;
    })();

    tfplugin6.PlanResourceChange = (function() {

        /**
         * Properties of a PlanResourceChange.
         * @typedef {Object} tfplugin6.PlanResourceChange.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanResourceChange.
         * @memberof tfplugin6
         * @interface IPlanResourceChange
         * @augments tfplugin6.PlanResourceChange.$Properties
         * @deprecated Use tfplugin6.PlanResourceChange.$Properties instead.
         */

        /**
         * Shape of a PlanResourceChange.
         * @typedef {tfplugin6.PlanResourceChange.$Properties} tfplugin6.PlanResourceChange.$Shape
         */

        /**
         * Constructs a new PlanResourceChange.
         * @memberof tfplugin6
         * @classdesc Represents a PlanResourceChange.
         * @constructor
         * @param {tfplugin6.PlanResourceChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PlanResourceChange = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified PlanResourceChange message. Does not implicitly {@link tfplugin6.PlanResourceChange.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {tfplugin6.PlanResourceChange.$Properties} message PlanResourceChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanResourceChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlanResourceChange message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape} PlanResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanResourceChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.PlanResourceChange();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        PlanResourceChange.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.PlanResourceChange.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [priorState] Request priorState
             * @property {tfplugin6.DynamicValue.$Properties|null} [proposedNewState] Request proposedNewState
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Uint8Array|null} [priorPrivate] Request priorPrivate
             * @property {tfplugin6.DynamicValue.$Properties|null} [providerMeta] Request providerMeta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.PlanResourceChange
             * @interface IRequest
             * @augments tfplugin6.PlanResourceChange.Request.$Properties
             * @deprecated Use tfplugin6.PlanResourceChange.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.PlanResourceChange.Request.$Properties} tfplugin6.PlanResourceChange.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.PlanResourceChange
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.PlanResourceChange.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request priorState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} priorState
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.priorState = null;

            /**
             * Request proposedNewState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} proposedNewState
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.proposedNewState = null;

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request priorPrivate.
             * @member {Uint8Array} priorPrivate
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.priorPrivate = $util.newBuffer([]);

            /**
             * Request providerMeta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} providerMeta
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.providerMeta = null;

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.PlanResourceChange.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {tfplugin6.PlanResourceChange.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.priorState != null && $Object.hasOwnProperty.call(message, "priorState"))
                    $root.tfplugin6.DynamicValue.encode(message.priorState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.proposedNewState != null && $Object.hasOwnProperty.call(message, "proposedNewState"))
                    $root.tfplugin6.DynamicValue.encode(message.proposedNewState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.priorPrivate != null && $Object.hasOwnProperty.call(message, "priorPrivate") && message.priorPrivate.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.priorPrivate);
                if (message.providerMeta != null && $Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.PlanResourceChange.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.priorState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.priorState);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proposedNewState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.proposedNewState);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.priorPrivate = value;
                            else
                                delete message.priorPrivate;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.providerMeta);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        PlanResourceChange.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.PlanResourceChange.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [plannedState] Response plannedState
             * @property {Array.<tfplugin6.AttributePath.$Properties>|null} [requiresReplace] Response requiresReplace
             * @property {Uint8Array|null} [plannedPrivate] Response plannedPrivate
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.PlanResourceChange
             * @interface IResponse
             * @augments tfplugin6.PlanResourceChange.Response.$Properties
             * @deprecated Use tfplugin6.PlanResourceChange.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   plannedState?: tfplugin6.DynamicValue.$Shape|null;
             *   requiresReplace?: Array.<tfplugin6.AttributePath.$Shape>|null;
             *   plannedPrivate?: Uint8Array|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.PlanResourceChange.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.PlanResourceChange
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.PlanResourceChange.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.requiresReplace = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response plannedState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} plannedState
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.plannedState = null;

            /**
             * Response requiresReplace.
             * @member {Array.<tfplugin6.AttributePath.$Properties>} requiresReplace
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.requiresReplace = $util.emptyArray;

            /**
             * Response plannedPrivate.
             * @member {Uint8Array} plannedPrivate
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.plannedPrivate = $util.newBuffer([]);

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.PlanResourceChange.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {tfplugin6.PlanResourceChange.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.plannedState != null && $Object.hasOwnProperty.call(message, "plannedState"))
                    $root.tfplugin6.DynamicValue.encode(message.plannedState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requiresReplace != null && message.requiresReplace.length)
                    for (var i = 0; i < message.requiresReplace.length; ++i)
                        $root.tfplugin6.AttributePath.encode(message.requiresReplace[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.plannedPrivate != null && $Object.hasOwnProperty.call(message, "plannedPrivate") && message.plannedPrivate.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.plannedPrivate);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.PlanResourceChange.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.plannedState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.plannedState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requiresReplace && message.requiresReplace.length))
                                message.requiresReplace = [];
                            message.requiresReplace.push($root.tfplugin6.AttributePath.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.plannedPrivate = value;
                            else
                                delete message.plannedPrivate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return PlanResourceChange;
    })();

    tfplugin6.ApplyResourceChange = (function() {

        /**
         * Properties of an ApplyResourceChange.
         * @typedef {Object} tfplugin6.ApplyResourceChange.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ApplyResourceChange.
         * @memberof tfplugin6
         * @interface IApplyResourceChange
         * @augments tfplugin6.ApplyResourceChange.$Properties
         * @deprecated Use tfplugin6.ApplyResourceChange.$Properties instead.
         */

        /**
         * Shape of an ApplyResourceChange.
         * @typedef {tfplugin6.ApplyResourceChange.$Properties} tfplugin6.ApplyResourceChange.$Shape
         */

        /**
         * Constructs a new ApplyResourceChange.
         * @memberof tfplugin6
         * @classdesc Represents an ApplyResourceChange.
         * @constructor
         * @param {tfplugin6.ApplyResourceChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ApplyResourceChange = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ApplyResourceChange message. Does not implicitly {@link tfplugin6.ApplyResourceChange.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {tfplugin6.ApplyResourceChange.$Properties} message ApplyResourceChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApplyResourceChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ApplyResourceChange message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape} ApplyResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApplyResourceChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ApplyResourceChange();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ApplyResourceChange.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ApplyResourceChange.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [priorState] Request priorState
             * @property {tfplugin6.DynamicValue.$Properties|null} [plannedState] Request plannedState
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Uint8Array|null} [plannedPrivate] Request plannedPrivate
             * @property {tfplugin6.DynamicValue.$Properties|null} [providerMeta] Request providerMeta
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ApplyResourceChange
             * @interface IRequest
             * @augments tfplugin6.ApplyResourceChange.Request.$Properties
             * @deprecated Use tfplugin6.ApplyResourceChange.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ApplyResourceChange.Request.$Properties} tfplugin6.ApplyResourceChange.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ApplyResourceChange
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ApplyResourceChange.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request priorState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} priorState
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.priorState = null;

            /**
             * Request plannedState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} plannedState
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.plannedState = null;

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request plannedPrivate.
             * @member {Uint8Array} plannedPrivate
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.plannedPrivate = $util.newBuffer([]);

            /**
             * Request providerMeta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} providerMeta
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.providerMeta = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {tfplugin6.ApplyResourceChange.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.priorState != null && $Object.hasOwnProperty.call(message, "priorState"))
                    $root.tfplugin6.DynamicValue.encode(message.priorState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.plannedState != null && $Object.hasOwnProperty.call(message, "plannedState"))
                    $root.tfplugin6.DynamicValue.encode(message.plannedState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.plannedPrivate != null && $Object.hasOwnProperty.call(message, "plannedPrivate") && message.plannedPrivate.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.plannedPrivate);
                if (message.providerMeta != null && $Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ApplyResourceChange.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.priorState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.priorState);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.plannedState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.plannedState);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.plannedPrivate = value;
                            else
                                delete message.plannedPrivate;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.providerMeta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ApplyResourceChange.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ApplyResourceChange.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [newState] Response newState
             * @property {Uint8Array|null} ["private"] Response private
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ApplyResourceChange
             * @interface IResponse
             * @augments tfplugin6.ApplyResourceChange.Response.$Properties
             * @deprecated Use tfplugin6.ApplyResourceChange.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   newState?: tfplugin6.DynamicValue.$Shape|null;
             *   "private"?: Uint8Array|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ApplyResourceChange.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ApplyResourceChange
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ApplyResourceChange.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response newState.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} newState
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype.newState = null;

            /**
             * Response private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype["private"] = $util.newBuffer([]);

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {tfplugin6.ApplyResourceChange.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.newState != null && $Object.hasOwnProperty.call(message, "newState"))
                    $root.tfplugin6.DynamicValue.encode(message.newState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message["private"]);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ApplyResourceChange.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.newState = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.newState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ApplyResourceChange;
    })();

    tfplugin6.ImportResourceState = (function() {

        /**
         * Properties of an ImportResourceState.
         * @typedef {Object} tfplugin6.ImportResourceState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImportResourceState.
         * @memberof tfplugin6
         * @interface IImportResourceState
         * @augments tfplugin6.ImportResourceState.$Properties
         * @deprecated Use tfplugin6.ImportResourceState.$Properties instead.
         */

        /**
         * Shape of an ImportResourceState.
         * @typedef {tfplugin6.ImportResourceState.$Properties} tfplugin6.ImportResourceState.$Shape
         */

        /**
         * Constructs a new ImportResourceState.
         * @memberof tfplugin6
         * @classdesc Represents an ImportResourceState.
         * @constructor
         * @param {tfplugin6.ImportResourceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ImportResourceState = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ImportResourceState message. Does not implicitly {@link tfplugin6.ImportResourceState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {tfplugin6.ImportResourceState.$Properties} message ImportResourceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImportResourceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ImportResourceState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape} ImportResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImportResourceState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ImportResourceState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ImportResourceState.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ImportResourceState.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {string|null} [id] Request id
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ImportResourceState
             * @interface IRequest
             * @augments tfplugin6.ImportResourceState.Request.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ImportResourceState.Request.$Properties} tfplugin6.ImportResourceState.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ImportResourceState.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request id.
             * @member {string} id
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.id = "";

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ImportResourceState.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {tfplugin6.ImportResourceState.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ImportResourceState.ImportedResource = (function() {

            /**
             * Properties of an ImportedResource.
             * @typedef {Object} tfplugin6.ImportResourceState.ImportedResource.$Properties
             * @property {string|null} [typeName] ImportedResource typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [state] ImportedResource state
             * @property {Uint8Array|null} ["private"] ImportedResource private
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImportedResource.
             * @memberof tfplugin6.ImportResourceState
             * @interface IImportedResource
             * @augments tfplugin6.ImportResourceState.ImportedResource.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.ImportedResource.$Properties instead.
             */

            /**
             * Shape of an ImportedResource.
             * @typedef {tfplugin6.ImportResourceState.ImportedResource.$Properties} tfplugin6.ImportResourceState.ImportedResource.$Shape
             */

            /**
             * Constructs a new ImportedResource.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents an ImportedResource.
             * @constructor
             * @param {tfplugin6.ImportResourceState.ImportedResource.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImportedResource = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ImportedResource typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype.typeName = "";

            /**
             * ImportedResource state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} state
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype.state = null;

            /**
             * ImportedResource private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype["private"] = $util.newBuffer([]);

            /**
             * Encodes the specified ImportedResource message. Does not implicitly {@link tfplugin6.ImportResourceState.ImportedResource.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {tfplugin6.ImportResourceState.ImportedResource.$Properties} message ImportedResource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImportedResource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ImportedResource message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape} ImportedResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImportedResource.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.ImportedResource();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ImportedResource;
        })();

        ImportResourceState.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ImportResourceState.Response.$Properties
             * @property {Array.<tfplugin6.ImportResourceState.ImportedResource.$Properties>|null} [importedResources] Response importedResources
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ImportResourceState
             * @interface IResponse
             * @augments tfplugin6.ImportResourceState.Response.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   importedResources?: Array.<tfplugin6.ImportResourceState.ImportedResource.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ImportResourceState.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ImportResourceState.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.importedResources = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response importedResources.
             * @member {Array.<tfplugin6.ImportResourceState.ImportedResource.$Properties>} importedResources
             * @memberof tfplugin6.ImportResourceState.Response
             * @instance
             */
            Response.prototype.importedResources = $util.emptyArray;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ImportResourceState.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ImportResourceState.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {tfplugin6.ImportResourceState.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.importedResources != null && message.importedResources.length)
                    for (var i = 0; i < message.importedResources.length; ++i)
                        $root.tfplugin6.ImportResourceState.ImportedResource.encode(message.importedResources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.importedResources && message.importedResources.length))
                                message.importedResources = [];
                            message.importedResources.push($root.tfplugin6.ImportResourceState.ImportedResource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ImportResourceState;
    })();

    tfplugin6.ReadDataSource = (function() {

        /**
         * Properties of a ReadDataSource.
         * @typedef {Object} tfplugin6.ReadDataSource.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadDataSource.
         * @memberof tfplugin6
         * @interface IReadDataSource
         * @augments tfplugin6.ReadDataSource.$Properties
         * @deprecated Use tfplugin6.ReadDataSource.$Properties instead.
         */

        /**
         * Shape of a ReadDataSource.
         * @typedef {tfplugin6.ReadDataSource.$Properties} tfplugin6.ReadDataSource.$Shape
         */

        /**
         * Constructs a new ReadDataSource.
         * @memberof tfplugin6
         * @classdesc Represents a ReadDataSource.
         * @constructor
         * @param {tfplugin6.ReadDataSource.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ReadDataSource = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified ReadDataSource message. Does not implicitly {@link tfplugin6.ReadDataSource.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {tfplugin6.ReadDataSource.$Properties} message ReadDataSource message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadDataSource.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadDataSource message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape} ReadDataSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadDataSource.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ReadDataSource();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ReadDataSource.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ReadDataSource.Request.$Properties
             * @property {string|null} [typeName] Request typeName
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.DynamicValue.$Properties|null} [providerMeta] Request providerMeta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [clientCapabilities] Request clientCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ReadDataSource
             * @interface IRequest
             * @augments tfplugin6.ReadDataSource.Request.$Properties
             * @deprecated Use tfplugin6.ReadDataSource.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ReadDataSource.Request.$Properties} tfplugin6.ReadDataSource.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ReadDataSource
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ReadDataSource.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request typeName.
             * @member {string} typeName
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.typeName = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request providerMeta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} providerMeta
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.providerMeta = null;

            /**
             * Request clientCapabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} clientCapabilities
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.clientCapabilities = null;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadDataSource.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {tfplugin6.ReadDataSource.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeName != null && $Object.hasOwnProperty.call(message, "typeName") && message.typeName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeName);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.providerMeta != null && $Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.clientCapabilities != null && $Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadDataSource.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeName = value;
                            else
                                delete message.typeName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.providerMeta);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.clientCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        ReadDataSource.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ReadDataSource.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [state] Response state
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ReadDataSource
             * @interface IResponse
             * @augments tfplugin6.ReadDataSource.Response.$Properties
             * @deprecated Use tfplugin6.ReadDataSource.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   state?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ReadDataSource.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ReadDataSource
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ReadDataSource.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} state
             * @memberof tfplugin6.ReadDataSource.Response
             * @instance
             */
            Response.prototype.state = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ReadDataSource.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadDataSource.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {tfplugin6.ReadDataSource.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadDataSource.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return ReadDataSource;
    })();

    tfplugin6.StopProvider = (function() {

        /**
         * Properties of a StopProvider.
         * @typedef {Object} tfplugin6.StopProvider.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StopProvider.
         * @memberof tfplugin6
         * @interface IStopProvider
         * @augments tfplugin6.StopProvider.$Properties
         * @deprecated Use tfplugin6.StopProvider.$Properties instead.
         */

        /**
         * Shape of a StopProvider.
         * @typedef {tfplugin6.StopProvider.$Properties} tfplugin6.StopProvider.$Shape
         */

        /**
         * Constructs a new StopProvider.
         * @memberof tfplugin6
         * @classdesc Represents a StopProvider.
         * @constructor
         * @param {tfplugin6.StopProvider.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var StopProvider = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified StopProvider message. Does not implicitly {@link tfplugin6.StopProvider.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {tfplugin6.StopProvider.$Properties} message StopProvider message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StopProvider.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StopProvider message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape} StopProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StopProvider.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.StopProvider();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StopProvider.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.StopProvider.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.StopProvider
             * @interface IRequest
             * @augments tfplugin6.StopProvider.Request.$Properties
             * @deprecated Use tfplugin6.StopProvider.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.StopProvider.Request.$Properties} tfplugin6.StopProvider.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.StopProvider
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.StopProvider.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.StopProvider.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {tfplugin6.StopProvider.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.StopProvider.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        StopProvider.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.StopProvider.Response.$Properties
             * @property {string|null} [Error] Response Error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.StopProvider
             * @interface IResponse
             * @augments tfplugin6.StopProvider.Response.$Properties
             * @deprecated Use tfplugin6.StopProvider.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {tfplugin6.StopProvider.Response.$Properties} tfplugin6.StopProvider.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.StopProvider
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.StopProvider.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response Error.
             * @member {string} Error
             * @memberof tfplugin6.StopProvider.Response
             * @instance
             */
            Response.prototype.Error = "";

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.StopProvider.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {tfplugin6.StopProvider.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.Error != null && $Object.hasOwnProperty.call(message, "Error") && message.Error !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.Error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.StopProvider.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.Error = value;
                            else
                                delete message.Error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        return StopProvider;
    })();

    return tfplugin6;
})();

module.exports = $root;
