import type { Tip } from './types';

/** Vietnamese tips, one shown each day by `tipOfTheDay`. */
export const TIPS_VI: readonly Tip[] = [
  { id: 'preschoolWithGrownUp', ageGroups: ['preschool'], text: 'Con xem điện thoại cùng bố mẹ nhé.' },
  { id: 'preschoolAskBeforeTap', ageGroups: ['preschool'], text: 'Thấy nút lạ, con hỏi người lớn trước khi bấm.' },
  { id: 'preschoolScaredTell', ageGroups: ['preschool'], text: 'Thấy gì làm con sợ, con kể ngay với bố mẹ.' },
  { id: 'preschoolPasswordSecret', ageGroups: ['preschool'], text: 'Mật khẩu là bí mật của con và bố mẹ.' },
  { id: 'preschoolHomeIsPrivate', ageGroups: ['preschool'], text: 'Nhà con ở đâu là điều riêng, con không nói trên mạng.' },
  { id: 'preschoolRestEyes', ageGroups: ['preschool'], text: 'Xem một lúc rồi con nghỉ mắt và chạy chơi nhé.' },
  { id: 'preschoolBodyIsYours', ageGroups: ['preschool'], text: 'Cơ thể con là của con, không ai được xin chụp ảnh vùng riêng.' },
  { id: 'preschoolNumber111', ageGroups: ['preschool'], text: 'Số 111 giúp trẻ em, gọi không mất tiền.' },

  { id: 'primaryStrangersInGames', ageGroups: ['primary'], text: 'Bạn chơi game trên mạng có thể là người lớn em không quen.' },
  { id: 'primaryNoSecretGifts', ageGroups: ['primary'], text: 'Quà tặng kèm lời dặn “đừng kể với ai” là dấu hiệu cần báo người lớn.' },
  { id: 'primaryStrongPassword', ageGroups: ['primary'], text: 'Một câu dài ghép nhiều từ là mật khẩu tốt hơn tên hay ngày sinh.' },
  { id: 'primaryPrizeTricks', ageGroups: ['primary'], text: 'Thông báo “Bạn đã trúng thưởng” thường là bẫy, em đóng nó lại.' },
  { id: 'primaryAskBeforePosting', ageGroups: ['primary'], text: 'Em hỏi bạn trước khi gửi ảnh có bạn ấy.' },
  { id: 'primaryBlockAndTell', ageGroups: ['primary'], text: 'Ai nhắn tin làm em khó chịu, em chặn họ và kể với người lớn.' },
  { id: 'primaryReportButton', ageGroups: ['primary'], text: 'Nút báo cáo của Khiên Xanh chỉ gửi khi em bấm gửi.' },
  { id: 'primaryCall111', ageGroups: ['primary'], text: 'Em gọi 111 được cả ngày lẫn đêm, không mất tiền.' },

  { id: 'lowerSecondaryOtp', ageGroups: ['lowerSecondary'], text: 'Không ai thật sự cần mã OTP của bạn, kể cả bạn thân.' },
  { id: 'lowerSecondaryTwoStep', ageGroups: ['lowerSecondary'], text: 'Bật xác thực hai bước cho email và mạng xã hội chính.' },
  { id: 'lowerSecondaryLocation', ageGroups: ['lowerSecondary'], text: 'Tắt vị trí trong ứng dụng không cần đến nó.' },
  { id: 'lowerSecondaryScreenshots', ageGroups: ['lowerSecondary'], text: 'Bài đã xoá vẫn có thể còn trong ảnh chụp màn hình của người khác.' },
  { id: 'lowerSecondarySecretsSign', ageGroups: ['lowerSecondary'], text: 'Người mới quen muốn bạn giấu gia đình là dấu hiệu cần dừng lại.' },
  { id: 'lowerSecondaryRewardGames', ageGroups: ['lowerSecondary'], text: 'Game cho nạp tiền rồi đổi ra tiền thật là cờ bạc.' },
  { id: 'lowerSecondaryCheckAddress', ageGroups: ['lowerSecondary'], text: 'Xem kỹ địa chỉ trang trước khi nhập mật khẩu.' },
  { id: 'lowerSecondaryFriendInNeed', ageGroups: ['lowerSecondary'], text: 'Bạn bè tâm sự chuyện bị doạ, hãy cùng họ tìm người lớn hoặc gọi 111.' },

  { id: 'upperSecondaryDeepfakeCalls', ageGroups: ['upperSecondary'], text: 'Người quen gọi video xin tiền gấp, hãy gọi lại vào số quen để kiểm tra.' },
  { id: 'upperSecondaryDontPay', ageGroups: ['upperSecondary'], text: 'Bị doạ tung ảnh thì đừng trả tiền, hãy giữ bằng chứng và tìm trợ giúp.' },
  { id: 'upperSecondaryFakePolice', ageGroups: ['upperSecondary'], text: 'Công an thật không yêu cầu bạn giấu gia đình hay thuê phòng một mình.' },
  { id: 'upperSecondaryDeposits', ageGroups: ['upperSecondary'], text: 'Việc làm đòi đặt cọc hay nộp tiền trước là dấu hiệu lừa đảo.' },
  { id: 'upperSecondaryIdCard', ageGroups: ['upperSecondary'], text: 'Đừng gửi ảnh căn cước cho người bạn chỉ quen qua mạng.' },
  { id: 'upperSecondaryUniquePasswords', ageGroups: ['upperSecondary'], text: 'Mỗi tài khoản một mật khẩu riêng, trình quản lý mật khẩu sẽ nhớ giúp bạn.' },
  { id: 'upperSecondaryNoApk', ageGroups: ['upperSecondary'], text: 'Không cài tệp APK hay ứng dụng “hỗ trợ” theo lời người lạ.' },
  { id: 'upperSecondary111Advice', ageGroups: ['upperSecondary'], text: 'Tổng đài 111 tư vấn cả chuyện áp lực, tình cảm và gia đình.' },
];
