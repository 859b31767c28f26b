#include "editor_status.hpp"

#include <string>

namespace hgw::core {
namespace {

bool reads_local_board(const SourceConfig& source, const BoardConfig& board) {
  for (const ListenAddress& listener : board.http_listen) {
    for (const std::string& host : {listener.host, std::string("localhost")}) {
      const std::string prefix = "http://" + host + ":" + std::to_string(listener.port) + "/";
      if (source.url.rfind(prefix, 0) == 0) return true;
    }
  }
  return false;
}

}  // namespace

EditorStatus editor_status(const Config& config, const std::optional<FirstRunNotice>& notice) {
  bool local = false;
  for (const SourceConfig& source : config.sources)
    local = local || reads_local_board(source, config.board);
  if (!local) return EditorStatus::not_here;
  if (notice) return notice->password_set ? EditorStatus::ready : EditorStatus::no_password;
  return config.board.password_hash.empty() ? EditorStatus::waiting : EditorStatus::ready;
}

}  // namespace hgw::core
