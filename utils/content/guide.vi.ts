import type { GuideSection } from './types';

/** Vietnamese guide for parents and teachers, in reading order. */
export const GUIDE_VI: readonly GuideSection[] = [
  {
    id: 'talkingWithChild',
    title: 'Trò chuyện với con về điều con đã thấy',
    paragraphs: [
      'Hãy giữ bình tĩnh. Nét mặt và giọng nói của người lớn cho trẻ biết kể ra có an toàn hay không. Một câu như “Cảm ơn con đã kể cho bố mẹ” giúp con yên tâm nói tiếp.',
      'Lắng nghe trước, hỏi sau. Dùng câu hỏi mở như “Chuyện gì đã xảy ra?” hay “Lúc đó con thấy thế nào?”, và để con kể theo cách của mình.',
      'Đừng trách con. Kẻ xấu cố tình lừa trẻ em, và việc con bị lừa không phải lỗi của con. Lời trách móc làm trẻ im lặng ở lần sau, khi chuyện có thể nghiêm trọng hơn.',
      'Đừng tịch thu điện thoại hay máy tính để phạt. Nhiều trẻ giấu chuyện chỉ vì sợ bị mất thiết bị. Nếu cần hạn chế thời gian dùng máy, hãy nói rõ đó là để giữ an toàn chứ không phải hình phạt.',
      'Giữ bằng chứng: chụp màn hình tin nhắn, tên tài khoản, đường link và thời gian. Riêng ảnh hoặc video có nội dung tình dục liên quan đến trẻ em thì không lưu, không chuyển tiếp, kể cả để làm bằng chứng, mà chỉ ghi lại đường link.',
      'Báo cáo: dùng nút báo cáo của Khiên Xanh hoặc của nền tảng, và gọi Tổng đài 111 khi con bị đe doạ, bị dụ dỗ hay bị xâm hại. Nếu con đang gặp nguy hiểm ngay lúc này, gọi công an theo số 113.',
    ],
  },
  {
    id: 'whatItDoes',
    title: 'Khiên Xanh làm gì',
    paragraphs: [
      'Khiên Xanh chặn các trang web thuộc những nhóm không phù hợp với lứa tuổi đã chọn, ví dụ trang người lớn, cờ bạc và lừa đảo. Mỗi lứa tuổi có danh sách nhóm bị chặn riêng, và trang chặn giải thích lý do bằng lời phù hợp với tuổi của trẻ.',
      'Trẻ có thể báo cáo một trang web làm mình sợ hay khó chịu. Báo cáo chỉ được gửi khi trẻ tự chọn gửi, và được gửi đến địa chỉ tiếp nhận mà nhà trường hoặc cha mẹ đã cài đặt.',
      'Khiên Xanh có thêm các bài học ngắn và mẹo mỗi ngày theo lứa tuổi, về internet, bảo mật, quyền riêng tư, nhận biết xâm hại và cách tìm trợ giúp.',
    ],
  },
  {
    id: 'whatItDoesNot',
    title: 'Khiên Xanh không làm gì',
    paragraphs: [
      'Khiên Xanh không ghi lại và không gửi lịch sử duyệt web của trẻ cho bất kỳ ai, kể cả nhà trường và cha mẹ.',
      'Khi trẻ báo cáo nội dung tình dục liên quan đến trẻ em, Khiên Xanh chỉ gửi địa chỉ trang, không bao giờ gửi kèm hình ảnh.',
      'Khiên Xanh không nhìn được bên trong các ứng dụng như Zalo, Messenger hay trò chơi, và không bảo vệ các thiết bị khác trong nhà.',
      'Không bộ lọc nào hoàn hảo. Một số trang xấu sẽ lọt qua, và đôi khi một trang vô hại bị chặn nhầm. Trò chuyện thường xuyên với trẻ vẫn là lớp bảo vệ quan trọng nhất.',
    ],
  },
  {
    id: 'howReportsAreHandled',
    title: 'Báo cáo được xử lý thế nào',
    paragraphs: [
      'Khi trẻ bấm gửi, báo cáo được xếp vào hàng chờ trên chính thiết bị đó. Nếu máy đang mất mạng, báo cáo được giữ lại và gửi tiếp khi có mạng.',
      'Báo cáo được chuyển đến đầu mối tiếp nhận của nhà trường hoặc cơ quan phụ trách, theo địa chỉ đã cài đặt. Người ở đầu mối đó xem xét và quyết định bước tiếp theo.',
      'Báo cáo qua Khiên Xanh không thay thế việc nói chuyện với một người thật. Khi trẻ bị đe doạ hay bị xâm hại, hãy gọi Tổng đài 111 để được tư vấn và hỗ trợ trực tiếp.',
    ],
  },
  {
    id: 'whereToGetHelp',
    title: 'Tìm trợ giúp ở đâu',
    paragraphs: [
      'Tổng đài quốc gia bảo vệ trẻ em 111: gọi miễn phí, trực cả ngày lẫn đêm (24/7). Trẻ em, cha mẹ, thầy cô và bất kỳ ai lo cho một đứa trẻ đều có thể gọi.',
      'Trang web của tổng đài là tongdai111.vn. Trên Zalo, tìm tài khoản chính thức “Tổng đài 111” để nhắn tin.',
      'Nếu trẻ đang gặp nguy hiểm ngay lúc này, gọi công an theo số 113.',
      'Với bài đăng hay tài khoản xấu trên mạng xã hội, hãy dùng thêm chức năng báo cáo của chính nền tảng đó.',
    ],
  },
  {
    id: 'teachersOnlineClasses',
    title: 'Dành cho thầy cô: giữ an toàn cho lớp học trực tuyến',
    paragraphs: [
      'Chỉ chia sẻ đường link buổi học và bản ghi hình trong kênh chính thức của lớp, không đăng lên trang công khai hay nhóm mở. Khi link bị lộ, hãy tạo link mới cho buổi sau.',
      'Bật phòng chờ hoặc mật mã cho buổi học, chỉ cho vào những người có tên trong danh sách lớp, và tắt quyền chia sẻ màn hình của học sinh khi không cần.',
      'Bảo vệ dữ liệu cá nhân của học sinh: không đăng danh sách có ngày sinh, địa chỉ, số điện thoại hay điểm số lên nhóm chung. Chỉ lưu bản ghi hình khi cần và xoá khi không còn dùng.',
    ],
  },
  {
    id: 'teachersHandlingAbuse',
    title: 'Dành cho thầy cô: phát hiện và xử lý xâm hại trong kênh lớp học',
    paragraphs: [
      'Dấu hiệu cần chú ý: tài khoản lạ vào nhóm lớp, người lớn nhắn riêng cho học sinh, lời lẽ bắt nạt hay chế giễu lặp lại, ảnh bị phát tán, hoặc một học sinh bỗng im lặng, lo âu.',
      'Khi phát hiện, hãy gỡ nội dung và tài khoản khỏi nhóm, lưu lại tên tài khoản, đường link và thời gian. Không lưu hay chuyển tiếp ảnh có nội dung tình dục liên quan đến trẻ em.',
      'Nói chuyện riêng với học sinh bị ảnh hưởng, bình tĩnh và không trách móc, rồi báo cho gia đình và cán bộ phụ trách của nhà trường.',
      'Báo cáo học sinh gửi qua Khiên Xanh đi đến đầu mối tiếp nhận của nhà trường theo địa chỉ đã cài đặt trong chính sách quản lý. Thầy cô nên biết đầu mối đó là ai, và gọi Tổng đài 111 khi cần hỗ trợ chuyên môn.',
    ],
  },
];
