; torchsmt obligation div.jvp_eq_dual@0d_2x2 (lemma, op div, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((), (2, 2)), off kinks
(set-info :source |torchsmt lemma div.jvp_eq_dual@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1_0 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun v1_1_1 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- v0 (* div!5 v1_1_0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- v0 (* div!7 v1_1_1))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) v0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) v0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) v0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) v0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!15 x1_1_0) (* div!5 v1_1_0)))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!16 x1_1_1) (* div!7 v1_1_1)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let (($x116 (= (+ div!9 (- div!13)) div!2)))
(not $x116)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1_0 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun v1_1_1 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- v0 (* div!5 v1_1_0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- v0 (* div!7 v1_1_1))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) v0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) v0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) v0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) v0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!15 x1_1_0) (* div!5 v1_1_0)))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!16 x1_1_1) (* div!7 v1_1_1)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let (($x117 (= (+ div!10 (- div!14)) div!4)))
(not $x117)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1_0 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun v1_1_1 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- v0 (* div!5 v1_1_0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- v0 (* div!7 v1_1_1))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) v0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) v0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) v0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) v0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!15 x1_1_0) (* div!5 v1_1_0)))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!16 x1_1_1) (* div!7 v1_1_1)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let (($x118 (= (+ div!11 (- div!15)) div!6)))
(not $x118)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1_0 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun v1_1_1 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- v0 (* div!5 v1_1_0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- v0 (* div!7 v1_1_1))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) v0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) v0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) v0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) v0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!15 x1_1_0) (* div!5 v1_1_0)))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!16 x1_1_1) (* div!7 v1_1_1)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let (($x119 (= (+ div!12 (- div!16)) div!8)))
(not $x119)))
(check-sat)
