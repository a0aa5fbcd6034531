/* A C custom-runtime handler calling an HTTPS API with libcurl. */
#include <curl/curl.h>

int main(void) {
  CURL* c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://api.example.com");
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);  /* expect: SEC015 "CURLOPT_SSL_VERIFYPEER is set to 0)" */
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0);  /* expect: SEC015 "CURLOPT_SSL_VERIFYHOST" */
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);  /* ok: SEC015 */
  curl_easy_perform(c);
  curl_easy_cleanup(c);
  return 0;
}
